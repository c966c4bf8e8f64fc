"""Build evaluation/v34_dev.jsonl and evaluation/v34_heldout.jsonl (see ../blind_split.py).

    python3 evaluation/v34_src/build.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from blind_split import build  # noqa: E402

if __name__ == "__main__":
    build(HERE, "v34", 20261234)
