"""Quick capture: the table in which a workshop types its steps row by row."""
