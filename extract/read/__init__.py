"""Reading a reply file: its type, a PDF's text layer or OCR, office files and images, page
geometry and tables rebuilt from word positions."""
