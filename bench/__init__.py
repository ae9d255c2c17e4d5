"""The benchmark: synthetic claim repositories (`bench.generate`) and the timed audit (`bench.run`)."""
