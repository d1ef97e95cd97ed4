"""Payback and net present value of an initiative: simple figures a PMO can check by hand.

Payback is the one-off cost divided by the monthly benefit (the annual benefit ÷ 12), in
months; it is unknown (None) when there is no benefit. The NPV discounts the annual benefit
at the end of each year of the horizon and subtracts the cost paid at the start:
NPV = -cost + Σₜ₌₁..ₙ benefit / (1 + rate)ᵗ.
"""

from __future__ import annotations


def payback_months(cost: float, annual_benefit: float) -> float | None:
    """Months until the benefit has paid the cost back; None without a positive benefit."""
    if annual_benefit <= 0:
        return None
    return cost / (annual_benefit / 12.0)


def npv(cost: float, annual_benefit: float, years: int, rate: float) -> float:
    """Net present value over *years* at discount *rate* (0.08 for 8 %)."""
    return -cost + sum(annual_benefit / (1.0 + rate) ** t for t in range(1, years + 1))
