"""Build evaluation/v33_dev.jsonl and evaluation/v33_heldout.jsonl (see ../blind_split.py).

    python3 evaluation/v33_src/build.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from blind_split import build  # noqa: E402

if __name__ == "__main__":
    build(HERE, "v33", 20261233)
