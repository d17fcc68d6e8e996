"""The terminal reader (Textual). The only package that imports textual or rich."""
