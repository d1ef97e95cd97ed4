"""Find (Ctrl+F): the bar over the canvas and what its words match."""
