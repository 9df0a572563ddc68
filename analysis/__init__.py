"""Python analysis layer for cgsim output files (see docs/output.md).

Modules:
    load     read and validate cgsim HDF5 files into pandas / xarray
    stats    t-intervals, paired differences, bands over replications
    catalog  indicator groups, desirable directions, ablation scenario names
    i18n     every user-visible word in English and Indonesian
    figures  matplotlib figures (Agg backend)
    report   OUT.h5 -> self-contained HTML report (CLI)
    plot     OUT.h5 INDICATOR -> PNG (CLI)
"""
