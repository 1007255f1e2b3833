"""``python -m newslens``: the command line, for environments without the script on PATH."""

from newslens.cli import main

if __name__ == "__main__":
    main()
