"""Training, evaluation and benchmarks for Winnow's model (depends on ``service.core``)."""
