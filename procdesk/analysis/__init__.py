"""Process analysis as pure functions over the model (networkx)."""
