"""Static dyad timeline chart (PNG or SVG) with matplotlib."""

from __future__ import annotations

from pathlib import Path

from .states import PeriodState

QUAD_COLOURS = {
    "verbal_cooperation": "#74c476", "material_cooperation": "#238b45",
    "verbal_conflict": "#fb6a4a", "material_conflict": "#a50f15",
}


def plot_timeline(states: list[PeriodState], out: str | Path, title: str) -> Path:
    """Stacked bars: cooperation above zero, conflict below; mean Goldstein as a line."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out = Path(out)
    if out.suffix.lower() not in (".png", ".svg"):
        raise ValueError(f"{out}: plot file must end in .png or .svg")
    periods = [s.period for s in states]
    x = list(range(len(periods)))
    fig, ax = plt.subplots(figsize=(max(6, len(periods) * 0.35), 4))
    up = [0] * len(x)
    down = [0] * len(x)
    for key, colour in QUAD_COLOURS.items():
        vals = [getattr(s.stats, key) for s in states]
        if "cooperation" in key:
            ax.bar(x, vals, bottom=up, color=colour, label=key.replace("_", " "))
            up = [a + b for a, b in zip(up, vals, strict=True)]
        else:
            ax.bar(x, [-v for v in vals], bottom=[-d for d in down], color=colour,
                   label=key.replace("_", " "))
            down = [a + b for a, b in zip(down, vals, strict=True)]
    ax.axhline(0, color="#444", linewidth=0.8)
    ax.set_ylabel("events (conflict below zero)")
    ax2 = ax.twinx()
    gx = [i for i, s in zip(x, states, strict=True) if s.stats.mean_goldstein is not None]
    gy = [s.stats.mean_goldstein for s in states if s.stats.mean_goldstein is not None]
    ax2.plot(gx, gy, "o-", color="#2c3e50", label="mean Goldstein")
    ax2.set_ylim(-10.5, 10.5)
    ax2.set_ylabel("mean Goldstein")
    step = max(1, len(x) // 20)
    ax.set_xticks(x[::step], periods[::step], rotation=45, ha="right")
    ax.set_title(title)
    ax.legend(loc="upper left", fontsize=7)
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out)
    plt.close(fig)
    return out
