"""The report of a throughput benchmark run in rounds (scale.py, proxy.py)."""

import statistics


def report_rounds(results, name_width, value_width):
    """Print each set-up's median requests per second and its rounds;
    return the medians by set-up."""
    medians = {name: statistics.median(values) for name, values in results.items()}
    for name, values in results.items():
        rounds = ", ".join(f"{value:.0f}" for value in values)
        print(
            f"  {name:{name_width}} median {medians[name]:{value_width}.1f} req/s"
            f"   rounds: {rounds}"
        )
    return medians
