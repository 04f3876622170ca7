"""One module per stage; each exports a function ``Article -> Article`` named after the module."""
