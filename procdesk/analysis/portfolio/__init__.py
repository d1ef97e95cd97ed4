"""The improvement portfolio's figures: weighted scores and ranks, payback and NPV, benefits
computed from an as-is/to-be comparison, the sensitivity of the ranking to each weight, and
the priority matrix. Pure functions of the workspace; the register, the CLI, the PDF and the
workbook all read the same numbers from here."""
