"""Kernel density estimation (heatmaps) on the raster grid that QGIS's heatmap uses, fast.

Pure numpy: no Qt, no QGIS. Two ways to put the kernels on the grid give the same numbers:

* ``exact`` evaluates every kernel at every pixel centre of its block, exactly as QGIS's
  ``QgsKernelDensityEstimation`` does (including where QGIS places a point within its pixel
  row), vectorised over chunks of points. Its cost grows with points × block size.
* ``binned`` spreads each point's weight over the four surrounding nodes of a lattice
  (linear binning) and convolves that lattice with the sampled kernel by FFT, tile by tile.
  The lattice is the pixel centres, refined where pixels are coarse so that at least 40
  nodes span a radius. Its cost grows with the number of cells and hardly with the number
  of points; its error is second order in node spacing / radius (at most about 0.06 % of
  one kernel's peak for smooth kernels; the uniform kernel's hard edge blurs by a node).

``method="auto"`` picks the cheaper one, so a handful of points is exact and a city's worth
is fast. The grid (size, extent, georeferencing) is QGIS's: the points' extent grown by the
radius, ``ceil(size / pixel) + 1`` cells along each axis, anchored at the top left.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import IntEnum

import numpy as np

from .progress import Progress, Silent, step

# More cells than this is almost certainly a pixel size typed in the wrong unit; 200 million
# float32 cells are 800 MB of output.
MAX_CELLS = 200_000_000

# Rough cost per unit of work on one core, measured on the 2-core CI machines: one kernel
# evaluation of the exact path and one pixel of one FFT tile (forward + inverse).
_EXACT_COST_PER_EVALUATION = 1.0
_BINNED_COST_PER_TILE_PIXEL = 3.0

_EXACT_CHUNK_EVALUATIONS = 1_000_000

# The binned method refuses a lattice finer than this many nodes per pixel (a radius below
# about half a pixel), where the exact method is cheap and binning would take hours.
MAX_BINNED_FACTOR = 100
# The binned method puts at least this many lattice nodes on one radius.
_NODES_PER_RADIUS = 40


class Kernel(IntEnum):
    """Kernel shapes in the order of QGIS's heatmap ``KERNEL`` parameter."""

    QUARTIC = 0
    TRIANGULAR = 1
    UNIFORM = 2
    TRIWEIGHT = 3
    EPANECHNIKOV = 4


class BinnedTooFine(ValueError):
    """The binned method would need more than :data:`MAX_BINNED_FACTOR` lattice nodes per
    pixel: a radius far below the pixel size, where it works for hours; exact is cheap."""

    def __init__(self, radius: float, pixel_size: float) -> None:
        super().__init__(f"a radius of {radius:g} against pixels of {pixel_size:g} needs more "
                         f"than {MAX_BINNED_FACTOR} lattice nodes per pixel")
        self.radius, self.pixel_size = radius, pixel_size


class GridTooLarge(ValueError):
    """The requested pixel size would give more cells than :data:`MAX_CELLS`."""

    def __init__(self, rows: int, cols: int):
        self.rows, self.cols = rows, cols
        super().__init__(f"{rows} × {cols} = {rows * cols:,} cells exceeds {MAX_CELLS:,}")


@dataclass(frozen=True)
class Grid:
    """A north-up raster: ``bounds`` are the points' extent grown by the largest radius."""

    x_min: float
    y_min: float
    x_max: float
    y_max: float
    pixel_size: float

    @classmethod
    def around(cls, extent: tuple[float, float, float, float], radius: float,
               pixel_size: float) -> Grid:
        """The grid QGIS's heatmap creates for points with ``extent`` (xmin, ymin, xmax, ymax)."""
        if not pixel_size > 0:
            raise ValueError("The pixel size must be greater than zero.")
        x_min, y_min, x_max, y_max = extent
        grid = cls(x_min - radius, y_min - radius, x_max + radius, y_max + radius, pixel_size)
        if grid.rows * grid.cols > MAX_CELLS:
            raise GridTooLarge(grid.rows, grid.cols)
        return grid

    @property
    def rows(self) -> int:
        return max(math.ceil((self.y_max - self.y_min) / self.pixel_size) + 1, 1)

    @property
    def cols(self) -> int:
        return max(math.ceil((self.x_max - self.x_min) / self.pixel_size) + 1, 1)

    @property
    def geotransform(self) -> tuple[float, float, float, float, float, float]:
        """GDAL geotransform: top-left corner, square pixels, north up."""
        return (self.x_min, self.pixel_size, 0.0, self.y_max, 0.0, -self.pixel_size)


def buffer_pixels(radius: float, pixel_size: float) -> int:
    """Half the side of the pixel block a point touches, rounded as QGIS rounds it
    (``radiusSizeInPixels``: up only when the remainder exceeds half a map unit)."""
    buffer = int(radius / pixel_size)
    if radius - pixel_size * buffer > 0.5:
        buffer += 1
    return buffer


def kernel_profile(kernel: Kernel, distance: np.ndarray, radius: float, decay: float = 0.0,
                   scaled: bool = False) -> np.ndarray:
    """Kernel value at ``distance`` from a point of unit weight; zero beyond ``radius``.

    Raw values equal QGIS's. Scaled values integrate to 1 over the plane: QGIS 3.22's scaled
    quartic is off by a constant factor (116/5 · 15/16 instead of 3 for the normalisation;
    QGIS 3.40's is not), here the constants are the exact integrals of each raw kernel over the
    disk.
    """
    u = np.asarray(distance, dtype=float) / radius
    inner = 1.0 - u * u  # products, not powers: pow() is several times slower
    if kernel == Kernel.QUARTIC:
        values, integral = inner * inner, 1.0 / 3.0
    elif kernel == Kernel.TRIANGULAR:
        values, integral = 1.0 - (1.0 - decay) * u, (1.0 + 2.0 * decay) / 3.0
    elif kernel == Kernel.UNIFORM:
        values, integral = np.ones_like(u), 1.0
    elif kernel == Kernel.TRIWEIGHT:
        values, integral = inner * inner * inner, 1.0 / 4.0
    elif kernel == Kernel.EPANECHNIKOV:
        values, integral = inner, 1.0 / 2.0
    else:
        raise ValueError(f"Unknown kernel {kernel!r}")
    values = np.where(u <= 1.0, values, 0.0)
    if scaled:
        if integral <= 0:
            raise ValueError(
                "A triangular kernel with a decay ratio of -0.5 or less integrates to zero or "
                "less, so it cannot be scaled: use raw output or a decay ratio above -0.5."
            )
        values = values / (integral * math.pi * radius * radius)
    return values


def kernel_density(
    x: np.ndarray,
    y: np.ndarray,
    grid: Grid,
    radius: float | np.ndarray,
    weights: np.ndarray | None = None,
    kernel: Kernel = Kernel.QUARTIC,
    decay: float = 0.0,
    scaled: bool = False,
    method: str = "auto",
    progress: Progress | None = None,
) -> np.ndarray:
    """Density of the points on ``grid`` as a float32 array of ``(grid.rows, grid.cols)``,
    row 0 at the top.

    ``radius`` is one distance or one per point (QGIS's radius field). ``weights`` default
    to 1; a NaN weight counts as 0, as a NULL weight does in QGIS. Points with a NaN
    coordinate, outside the grid's bounds or with a radius of zero or less are skipped.
    ``method`` is ``"auto"``, ``"exact"`` or ``"binned"`` (see the module docstring).
    Raises :class:`~.progress.Canceled` when ``progress`` reports a cancellation.
    """
    if method not in ("auto", "exact", "binned"):
        raise ValueError(f"method must be 'auto', 'exact' or 'binned', not {method!r}")
    progress = progress or Silent()
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    w = None if weights is None else np.nan_to_num(np.asarray(weights, dtype=float))
    r = np.asarray(radius, dtype=float)

    keep = (
        np.isfinite(x) & np.isfinite(y) & (r > 0)
        & (x >= grid.x_min) & (x <= grid.x_max) & (y >= grid.y_min) & (y <= grid.y_max)
    )
    out = np.zeros((grid.rows, grid.cols), dtype=np.float32)
    groups = _radius_groups(r, keep)
    for group, (group_radius, members) in enumerate(groups):
        # The common case, one radius and every point usable, works on the caller's arrays.
        if members is None:
            gx, gy, gw = x, y, w
        else:
            gx, gy = x[members], y[members]
            gw = None if w is None else w[members]
        chosen = method if method != "auto" else _cheaper_method(len(gx), grid, group_radius)
        if chosen == "binned" and _nodes_per_pixel(grid, group_radius) > MAX_BINNED_FACTOR:
            raise BinnedTooFine(group_radius, grid.pixel_size)
        stamp = _stamp_exact if chosen == "exact" else _stamp_binned

        def report(fraction: float, group: int = group) -> None:
            step(progress, group + fraction, len(groups))

        stamp(out, gx, gy, gw, grid, group_radius,
              lambda d, rr=group_radius: kernel_profile(kernel, d, rr, decay, scaled), report)
    step(progress, 1, 1)
    return out


def _radius_groups(radius: np.ndarray, keep: np.ndarray
                   ) -> list[tuple[float, np.ndarray | None]]:
    """The points to draw, grouped by radius: (radius, indices), where ``None`` means all."""
    if not keep.any():
        return []
    if radius.ndim == 0:
        return [(float(radius), None if keep.all() else np.flatnonzero(keep))]
    # One sort instead of one pass over all points per distinct radius.
    usable = np.flatnonzero(keep)
    usable = usable[np.argsort(radius[usable], kind="stable")]
    starts = np.flatnonzero(np.diff(radius[usable])) + 1
    return [(float(radius[part[0]]), part) for part in np.split(usable, starts) if part.size]


def _nodes_per_pixel(grid: Grid, radius: float) -> int:
    return max(1, math.ceil(_NODES_PER_RADIUS * grid.pixel_size / radius - 1e-9))


def _cheaper_method(n_points: int, grid: Grid, radius: float) -> str:
    block = 2 * buffer_pixels(radius, grid.pixel_size) + 1
    exact = n_points * block * block * _EXACT_COST_PER_EVALUATION
    layout, tiles = _BinnedLayout.plan(grid, radius)
    binned = tiles * layout.size * layout.size * _BINNED_COST_PER_TILE_PIXEL
    return "exact" if exact <= binned else "binned"


def _truncate_like_qgis(value: np.ndarray) -> np.ndarray:
    """QGIS stores block offsets in unsigned ints: a value in (-1, 0) truncates to 0."""
    return np.maximum(np.trunc(value), 0).astype(np.int64)


def _qgis_row_coordinate(y: np.ndarray, grid: Grid, half: int) -> np.ndarray:
    """Row coordinate (pixel centres at integers) at which QGIS effectively puts each point."""
    from_bottom = (y - grid.y_min) / grid.pixel_size
    from_top = (grid.y_max - y) / grid.pixel_size
    return (_truncate_like_qgis(from_top - half) - _truncate_like_qgis(from_bottom - half)
            + from_bottom - 0.5)


def _stamp_exact(out, x, y, w, grid: Grid, radius: float, profile, report) -> None:
    p = grid.pixel_size
    half = buffer_pixels(radius, p)
    side = 2 * half + 1
    offsets = np.arange(side)
    col0 = _truncate_like_qgis((x - grid.x_min) / p - half)
    row0_for_distance = _truncate_like_qgis((y - grid.y_min) / p - half)
    row0 = _truncate_like_qgis((grid.y_max - y) / p - half)
    # Sorting by position keeps each chunk's pixels in a narrow band of the raster.
    order = np.lexsort((col0, row0))
    flat_out = out.reshape(-1)
    chunk = max(1, _EXACT_CHUNK_EVALUATIONS // (side * side))
    for start in range(0, len(order), chunk):
        idx = order[start:start + chunk]
        cols = col0[idx, None] + offsets
        rows = row0[idx, None] + offsets
        dx = (cols + 0.5) * p + grid.x_min - x[idx, None]
        dy = (row0_for_distance[idx, None] + offsets + 0.5) * p + grid.y_min - y[idx, None]
        # QGIS drops the whole point when its block sticks out of the raster (the block
        # write fails); clipping the block keeps the pixels that are inside.
        dx[cols >= grid.cols] = np.inf
        dy[rows >= grid.rows] = np.inf
        squared = dy[:, :, None] ** 2 + dx[:, None, :] ** 2
        inside = squared <= radius * radius
        values = profile(np.sqrt(squared[inside]))
        if w is not None:
            values *= np.broadcast_to(w[idx, None, None], inside.shape)[inside]
        flat = (rows[:, :, None] * grid.cols + cols[:, None, :])[inside]
        if flat.size:
            low = int(flat.min())
            window = np.bincount(flat - low, weights=values)
            flat_out[low:low + window.size] += window.astype(np.float32)
        report(min(start + chunk, len(order)) / max(len(order), 1))


@dataclass(frozen=True)
class _BinnedLayout:
    """The lattice the binned method works on: pixel centres, plus ``factor - 1`` nodes
    between neighbouring centres where pixels are coarse against the radius, so that the
    node spacing never exceeds radius / 40 and the binning error stays second order small."""

    factor: int
    half: int  # kernel half-width in nodes
    rows: int
    cols: int
    size: int  # FFT length of a square tile
    useful: int  # nodes of output per tile side, a multiple of ``factor``

    @classmethod
    def plan(cls, grid: Grid, radius: float) -> tuple[_BinnedLayout, int]:
        """The cheapest tiling and its number of tiles. Tiles stay small (about 512 nodes of
        output a side at most): their working arrays then stay small next to the output."""
        factor = _nodes_per_pixel(grid, radius)
        half = math.ceil(radius / (grid.pixel_size / factor)) + 1
        rows, cols = (grid.rows - 1) * factor + 1, (grid.cols - 1) * factor + 1
        # Small grids fit one tile; a wide kernel needs tiles wider than it to be worth it. A
        # radius far below the pixel size needs tiles of at least one pixel's nodes.
        largest = max(512, _fast_length(2 * half + max(512, factor)))
        sizes = {256, 512, _fast_length(max(rows, cols) + 2 * half),
                 _fast_length(2 * half + 256), _fast_length(2 * half + factor), largest}
        best = None
        for size in sorted(sizes):
            useful = (size - 2 * half) // factor * factor
            if useful < 1 or size > largest:
                continue
            tiles = math.ceil(rows / useful) * math.ceil(cols / useful)
            cost = tiles * size * size * math.log2(size)
            if best is None or cost < best[0]:
                best = (cost, cls(factor, half, rows, cols, size, useful), tiles)
        return best[1], best[2]


def _fast_length(n: int) -> int:
    """Smallest 2^a 3^b 5^c >= n: the lengths the FFT handles fastest."""
    length = max(n, 1)
    while True:
        rest = length
        for factor in (2, 3, 5):
            while rest % factor == 0:
                rest //= factor
        if rest == 1:
            return length
        length += 1


class _Lattice:
    """Where points fall on the binned lattice, computed in chunks to keep memory flat.

    Node (row, col) sees a point at (row - v, col - u); pixel centres are the nodes at
    multiples of ``factor``. The row coordinate reproduces QGIS, which measures distances from
    a block placed from the bottom edge but writes that block from the top: the point is
    mirrored within its pixel row, and shifted a row where only one placement is clamped.
    """

    chunk = 65_536

    def __init__(self, x: np.ndarray, y: np.ndarray, grid: Grid, radius: float, factor: int):
        self.x, self.y, self.grid, self.factor = x, y, grid, factor
        self.buffer = buffer_pixels(radius, grid.pixel_size)

    def coordinates(self, index: np.ndarray | slice) -> tuple[np.ndarray, np.ndarray]:
        u = ((self.x[index] - self.grid.x_min) / self.grid.pixel_size - 0.5) * self.factor
        v = _qgis_row_coordinate(self.y[index], self.grid, self.buffer) * self.factor
        return v, u

    def select(self, axis: int, low: int, high: int,
               among: np.ndarray | None = None) -> np.ndarray:
        """Indices of the points whose node row (axis 0) or column (axis 1) is in [low, high)."""
        total = len(self.x) if among is None else len(among)
        found = []
        for start in range(0, total, self.chunk):
            part = slice(start, start + self.chunk) if among is None else \
                among[start:start + self.chunk]
            node = np.floor(self.coordinates(part)[axis])
            hits = np.flatnonzero((node >= low) & (node < high))
            found.append(hits + start if among is None else part[hits])
        return np.concatenate(found) if found else np.empty(0, dtype=np.int64)


def _stamp_binned(out, x, y, w, grid: Grid, radius: float, profile, report) -> None:
    layout, tiles_total = _BinnedLayout.plan(grid, radius)
    factor, half, size, useful = layout.factor, layout.half, layout.size, layout.useful
    lattice = _Lattice(x, y, grid, radius, factor)

    offsets = np.arange(-half, half + 1) * (grid.pixel_size / factor)
    kernel_fft = np.fft.rfft2(profile(np.hypot(offsets[:, None], offsets[None, :])),
                              s=(size, size))
    tiles_done = 0
    for top in range(0, layout.rows, useful):
        # A tile needs the nodes from half a kernel above to half a kernel below it; a point
        # one node above still reaches the first of them.
        first_row = top - half
        band = lattice.select(0, first_row - 1, first_row + size)
        height = min(useful, layout.rows - top)
        for left in range(0, layout.cols, useful):
            first_col = left - half
            members = lattice.select(1, first_col - 1, first_col + size, among=band)
            if members.size:
                bins = np.zeros(size * size)
                for start in range(0, members.size, _Lattice.chunk):
                    chunk = members[start:start + _Lattice.chunk]
                    v, u = lattice.coordinates(chunk)
                    _add_linear_bins(bins, v - first_row, u - first_col,
                                     1.0 if w is None else w[chunk], size)
                conv = np.fft.irfft2(np.fft.rfft2(bins.reshape(size, size)) * kernel_fft,
                                     s=(size, size))
                width = min(useful, layout.cols - left)
                tile = conv[2 * half:2 * half + height:factor, 2 * half:2 * half + width:factor]
                # The FFT leaves round-off of about 1e-16 of the peak where no kernel reaches.
                tile[np.abs(tile) < np.abs(tile).max() * 1e-9] = 0.0
                out[top // factor:top // factor + tile.shape[0],
                    left // factor:left // factor + tile.shape[1]] += tile
            tiles_done += 1
            report(tiles_done / tiles_total)


def _add_linear_bins(bins: np.ndarray, v: np.ndarray, u: np.ndarray, w, size: int) -> None:
    """Spread each weight over the four nodes around (v, u) of a ``size`` × ``size`` tile."""
    row, col = np.floor(v), np.floor(u)
    fy, fx = v - row, u - col
    row, col = row.astype(np.int64), col.astype(np.int64)
    for d_row, share_row in ((0, 1.0 - fy), (1, fy)):
        for d_col, share_col in ((0, 1.0 - fx), (1, fx)):
            r, c = row + d_row, col + d_col
            valid = (r >= 0) & (r < size) & (c >= 0) & (c < size)
            bins += np.bincount((r * size + c)[valid], weights=(w * share_row * share_col)[valid],
                                minlength=size * size)
