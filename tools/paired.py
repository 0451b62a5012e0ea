"""The paired differences of alternating (ABBA) rounds, as the repo's runners print them: their median, their range,
and a distribution-free interval that holds the median of such differences with at least 95 % probability (the
sign test's interval: two order statistics, chosen from the binomial distribution, assuming nothing about the
differences' distribution but that the rounds are independent). A goal is settled by a series when the whole
interval lies on one side of it; 8 rounds give at best their range, 16 rounds the 4th to the 13th difference.
Imported by start-ab.py and suite-overhead.sh.
"""
import math
import statistics


def median_interval(values, confidence=0.95):
    """(low, high): the k-th smallest and k-th largest value, for the largest k whose interval covers the median
    with at least the confidence; None when there are too few values for any (fewer than 6 at 95 %)."""
    xs = sorted(values)
    n = len(xs)
    k, below = 0, 0.0  # below: P(B <= k - 1) for B ~ Binomial(n, 1/2)
    while k < n and 2 * (below + math.comb(n, k) / 2 ** n) <= 1 - confidence:
        below += math.comb(n, k) / 2 ** n
        k += 1
    return (xs[k - 1], xs[n - k]) if k > 0 else None


def describe(paired, unit, digits=1):
    """'median +x unit (95 % interval a ... b; rounds c ... d)' of the paired differences."""
    fmt = "%+." + str(digits) + "f"
    interval = median_interval(paired)
    within = ("95 %% interval " + fmt + " ... " + fmt + "; ") % interval if interval else ""
    return ("median " + fmt + " %s (%srounds " + fmt + " ... " + fmt + ")") % (
        statistics.median(paired), unit, within, min(paired), max(paired))
