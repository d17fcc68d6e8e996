"""The reader's screens: library, reader, help and the filter prompts."""
