"""The PhoBERT path end to end, on a tiny PhoBERT-shaped checkpoint (no hub access needed).

tiny checkpoint (BPE learned from corpus texts) -> fine-tune a few steps -> ONNX export
-> int8 -> parity in the manifest -> classify through the transformer backend.
Kept under a minute or so on 2 CPU cores: tiny sizes, a small sample of the corpus.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

pytestmark = [pytest.mark.train, pytest.mark.slow]
for _module in ("torch", "transformers", "onnx", "underthesea"):
    pytest.importorskip(_module, reason=f"needs the train and transformer extras ({_module}): "
                                        "pip install -e '.[train,transformer]'")

from scamdetect.backends.transformer.phobert_tokenizer import PhobertTokenizer  # noqa: E402
from scamdetect.backends.transformer.segment import segment  # noqa: E402
from scamdetect.model_dir import ModelError, read_manifest  # noqa: E402
from scamdetect.taxonomy import LABELS  # noqa: E402
from scamdetect.text import normalize  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

# A few hand-written messages per label, used when the corpus is not built and by the data checks.
FIXTURE = {
    "legit": ["Mã OTP của bạn là 482913. Không chia sẻ mã này cho bất kỳ ai, kể cả nhân viên ngân hàng.",
              "Tối nay về ăn cơm không con? Mẹ nấu canh chua cá lóc nè.",
              "Anh ơi mai họp lúc 8h30 ở phòng 302 nha, nhớ mang laptop."],
    "task_commission": ["Tuyển 20 bạn làm việc tại nhà, thả tim video TikTok, mỗi nhiệm vụ nhận 15k hoa hồng.",
                        "Viec nhe luong cao, danh gia san pham tren app, thu nhap 500k-1tr/ngay"],
    "fake_investment": ["Nhóm kín chuyên gia chứng khoán, cam kết lợi nhuận 30%/tháng, vào nhóm nhận tín hiệu.",
                        "San coin moi mo, nap USDT x2 tai khoan trong 7 ngay"],
    "online_shopping_fraud": ["Thanh lý iPhone 15 Pro Max giá 9tr, hàng xách tay, chuyển cọc 2tr em ship ngay.",
                              "Giày chính hãng sale 70%, chỉ nhận chuyển khoản trước, không COD nha khách."],
    "prize_fee": ["Chúc mừng quý khách trúng thưởng xe SH 150i, phí nhận giải 3.500.000đ.",
                  "Ban da duoc quay so trung 1 chiec iPhone, vui long nop thue thu nhap 10% de nhan qua."],
    "fake_authority": ["Đây là Công an quận 3, anh có liên quan đến đường dây rửa tiền, chuyển tiền vào tài khoản tạm giữ.",
                       "Xe biển số 51H-12345 bị phạt nguội, nộp phạt tại csgt-tracuu.online trước 17h hôm nay."],
    "fake_vneid": ["Cán bộ phường hướng dẫn chuẩn hóa thông tin VNeID mức 2, bà cài app theo link.",
                   "Chị gửi giúp em ảnh 2 mặt CCCD và mã OTP để em kích hoạt định danh mức 2 nhé."],
    "fake_loan": ["Vay nhanh 50 triệu không thế chấp, giải ngân trong 30 phút, chỉ cần CCCD.",
                  "Hồ sơ đã duyệt nhưng ghi sai số tài khoản, khoản vay bị đóng băng, cần nộp 3tr để mở."],
    "travel_study_labor": ["Tuyển lao động đi Nhật lương 40 triệu/tháng, đặt cọc 20 triệu làm visa.",
                           "Tour Thái Lan 5 ngày 4 đêm chỉ 1.990.000đ, chuyển cọc 50% để giữ chỗ."],
    "ecommerce_collaborator": ["Shopee tuyển cộng tác viên xử lý đơn hàng, hoàn tiền gốc kèm hoa hồng 10%.",
                               "Tuyen CTV Lazada lam tai nha, chi can dien thoai, thu nhap 300k moi ngay."],
    "child_model_recruitment": ["Tuyển mẫu nhí 4-12 tuổi chụp ảnh quảng cáo, thù lao 500k/buổi, gửi ảnh bé qua zalo.",
                                "Casting người mẫu nhí cho nhãn hàng sữa, phụ huynh đóng phí đồng phục 800k."],
    "impersonate_relative": ["Mẹ ơi con bị mất điện thoại, đây là số mới, mẹ chuyển con 3tr đóng học phí nha.",
                             "Chi oi chuyen gap giup em 2tr"],
    "bank_phishing": ["Vietcombank: Tai khoan cua quy khach bi tam khoa, xac thuc tai vcb-xacthuc.top",
                      "Ví MoMo của bạn sắp bị khóa, cập nhật thông tin trong 24h tại momo-verify.vip"],
    "fake_subsidy": ["BHXH thông báo: ông bà được nhận trợ cấp 3,6 triệu, cung cấp số tài khoản để nhận.",
                     "Bao hiem xa hoi hoan tien dong thua, truy cap baohiemxahoi-hotro.top de nhan."],
    "fake_service_provider": ["Điện lực thông báo: quý khách nợ tiền điện, sẽ cắt điện lúc 16h hôm nay.",
                              "GHN: đơn hàng giao không thành công, cập nhật địa chỉ tại ghn-vn.click và trả phí 15k."],
    "fake_debt_collection": ["Mày nợ app vay 5 triệu quá hạn, không trả tao gửi ảnh cho toàn bộ danh bạ.",
                             "Tra no ngay hom nay neu khong se bi dang len mang xa hoi."],
    "gambling_ad": ["Nhà cái uy tín, nạp đầu tặng 100%, rút tiền 3 phút, link đăng ký trong bio.",
                    "Tài xỉu online uy tín số 1, hoàn trả mỗi ngày 1,5%, đăng ký nhận 88k."],
    "other_scam": ["Bạn được chọn nhận học bổng từ thiện, đóng 1 triệu phí xét duyệt để nhận 20 triệu.",
                   "Phong thuy giai han, mua vong tay 3tr de tranh tai hoa, chuyen khoan truoc."],
}

OBFUSCATED = "Tài khoản Vіetcombаnk của bạn bị kh0a. Xác thực tại vcb-xacthuc(.)top ngay! x7kq"


def _corpus_rows() -> list[dict]:
    try:
        from training.data import load_corpus

        return load_corpus()
    except (ImportError, FileNotFoundError):
        return []


def _sample(rows: list[dict], per_label_split: dict[str, int], seed: int = 0) -> list[dict]:
    """A few corpus rows per (label, split), splits kept."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        groups[(row["label"], row["split"])].append(row)
    rng = random.Random(seed)
    out = []
    for (_label, split), members in sorted(groups.items()):
        out.extend(rng.sample(members, min(len(members), per_label_split.get(split, 0))))
    return out


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return _corpus_rows()


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory, corpus):
    """Build tiny -> fine-tune -> export int8 once for the module; returns the paths."""
    from training import export, finetune, tiny_phobert

    tmp = tmp_path_factory.mktemp("phobert")
    if corpus:
        bpe_rows = _sample([r for r in corpus if r["split"] == "train"], {"train": 60}, seed=1)
        data_rows = [{"text": r["text"], "label": r["label"], "split": r["split"]}
                     for r in _sample(corpus, {"train": 8, "dev": 3, "test": 3})]
    else:
        bpe_rows = data_rows = [{"text": t, "label": label} for label, texts in FIXTURE.items() for t in texts]
    texts = _write_jsonl(tmp / "bpe_texts.jsonl", [{"text": r["text"]} for r in bpe_rows])
    data = _write_jsonl(tmp / "data.jsonl", data_rows)
    tiny, run, model_dir = tmp / "tiny", tmp / "run", tmp / "model"
    assert tiny_phobert.main([str(tiny), "--texts", str(texts), "--merges", "800"]) == 0
    assert finetune.main(["--config", str(ROOT / "training/configs/tiny.yaml"), "--model", str(tiny), "--data",
                          str(data), "--no-corpus", "--max-steps", "6", "--output", str(run)]) == 0
    assert export.main([str(run / "best"), "--output", str(model_dir), "--quantize", "int8", "--keep-fp32"]) == 0
    return {"tmp": tmp, "tiny": tiny, "run": run, "model": model_dir, "data": data}


@pytest.fixture(scope="module")
def backend(pipeline):
    from scamdetect.backends import load_backend

    return load_backend(pipeline["model"], read_manifest(pipeline["model"]))


# ---------------------------------------------------------------- tiny checkpoint
def test_tiny_checkpoint_loads_through_phobert_code_path(pipeline):
    from transformers import AutoConfig, AutoModelForSequenceClassification, AutoTokenizer

    config = AutoConfig.from_pretrained(pipeline["tiny"])
    assert (config.model_type, config.pad_token_id, config.bos_token_id, config.eos_token_id) == ("roberta", 1, 0, 2)
    assert (config.max_position_embeddings, config.type_vocab_size) == (258, 1)
    assert config.tokenizer_class == "PhobertTokenizer"
    assert [config.id2label[i] for i in range(config.num_labels)] == list(LABELS)
    assert type(AutoTokenizer.from_pretrained(pipeline["tiny"])).__name__ == "PhobertTokenizer"
    model = AutoModelForSequenceClassification.from_pretrained(pipeline["tiny"])
    assert type(model).__name__ == "RobertaForSequenceClassification"
    codes = (pipeline["tiny"] / "bpe.codes").read_text(encoding="utf-8").splitlines()
    assert len(codes) > 100 and all(len(line.split()) == 3 for line in codes)
    assert any("_" in line.split()[0] + line.split()[1] for line in codes)  # learned from segmented text


# ---------------------------------------------------------------- tokenizer
def _tokenizer_cases(corpus: list[dict]) -> list[str]:
    texts = [t for texts in FIXTURE.values() for t in texts] + [OBFUSCATED]
    if corpus:
        texts += [r["text"] for r in random.Random(7).sample(corpus, min(600, len(corpus)))]
    cases = [segment(normalize(t).text) for t in texts] + texts
    cases += ["", " ", "a", "đ", "<s>", "x<s>y", "a <mask> b", "<pad><unk></s>", "<<s>>", "abc\ndef",
              "abc\n\ndef\n", "😀 tài_khoản", "\t x  y\u00a0z\u200b", "z" * 300, "<mask", "tài_khoản" * 40]
    rng = random.Random(0)
    alphabet = "abcdđêôơưạảãáàtnhg<>/ s\n_@.0123456789😀\u00a0"
    cases += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40))) for _ in range(1500)]
    return cases


def test_tokenizer_ids_equal_transformers(pipeline, corpus):
    from transformers import PhobertTokenizer as HF

    hf = HF.from_pretrained(pipeline["tiny"])
    ours = PhobertTokenizer.from_dir(pipeline["tiny"])
    assert len(ours) == len(hf) and ours.mask_id == hf.mask_token_id
    cases = _tokenizer_cases(corpus)
    mismatches = [c for c in cases if ours.encode(c)[0] != hf(c)["input_ids"]]
    assert not mismatches, f"{len(mismatches)} of {len(cases)} differ, e.g. {mismatches[:3]!r}"
    for max_length in (2, 3, 8, 64):
        for case in cases[:400]:
            ids, truncated = ours.encode(case, max_length=max_length)
            assert ids == hf(case, truncation=True, max_length=max_length)["input_ids"]
            assert truncated == (len(hf(case)["input_ids"]) > max_length)
    assert ours.tokenize(cases[0]) == hf.tokenize(cases[0])


def test_tokenizer_long_words_take_fast_path_with_same_pieces(pipeline):
    import scamdetect.backends.transformer.phobert_tokenizer as module

    tok = PhobertTokenizer.from_dir(pipeline["tiny"])
    pieces = [t.rstrip("@") for t in tok.encoder if not t.startswith("<")]
    rng = random.Random(3)
    words = ["".join(rng.choice(pieces) for _ in range(rng.randrange(10, 80))) for _ in range(300)]
    fast = [tok.bpe(w) for w in words]
    limit = module._LONG_WORD
    try:
        module._LONG_WORD = 10 ** 9
        slow = [tok.bpe(w) for w in words]
    finally:
        module._LONG_WORD = limit
    assert fast == slow


# ---------------------------------------------------------------- fine-tune and export
def test_finetune_writes_best_checkpoint_and_metrics(pipeline):
    metrics = json.loads((pipeline["run"] / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["steps"] == 6 and metrics["best_step"] >= 1
    assert 0.0 <= metrics["dev"]["macro_f1"] <= 1.0 and metrics["test"]["n"] > 0
    assert metrics["history"] and metrics["config"]["max_length"] == 64
    best = pipeline["run"] / "best"
    for name in ("config.json", "model.safetensors", "vocab.txt", "bpe.codes", "metrics.json", "heldout.jsonl"):
        assert (best / name).is_file(), name


def test_export_manifest_and_parity(pipeline):
    manifest = read_manifest(pipeline["model"])
    assert manifest["kind"] == "transformer" and manifest["labels"] == list(LABELS)
    assert (manifest["bos_id"], manifest["pad_id"], manifest["eos_id"]) == (0, 1, 2)
    assert manifest["max_tokens"] == 64 and manifest["quantization"] == "int8"
    assert set(manifest["files"]) == {"model.onnx", "model.fp32.onnx", "vocab.txt", "bpe.codes"}
    parity = manifest["parity"]
    assert parity["texts"] > 0
    assert parity["onnx_fp32_vs_pytorch"]["top_label_agreement"] == 1.0
    assert parity["onnx_fp32_vs_pytorch"]["max_abs_logit_diff"] <= 1e-3
    assert parity["int8_vs_onnx_fp32"]["max_abs_logit_diff"] < 1.0
    assert manifest["onnx_sizes"]["int8_bytes"] < manifest["onnx_sizes"]["fp32_bytes"]
    accuracy = parity["accuracy"]  # heldout.jsonl carries labels
    assert accuracy["pytorch"] == accuracy["onnx_fp32"] and 0.0 <= accuracy["onnx_int8"] <= 1.0
    assert "dev" in manifest["metrics"]
    import onnx

    graph = onnx.load(str(pipeline["model"] / "model.fp32.onnx")).graph
    dims = {i.name: [d.dim_param or d.dim_value for d in i.type.tensor_type.shape.dim] for i in graph.input}
    assert dims == {"input_ids": ["batch", "sequence"], "attention_mask": ["batch", "sequence"]}


def test_export_fails_loudly_when_fp32_parity_breaks(pipeline, monkeypatch, tmp_path):
    from training import export

    real = export._logits_ort

    def skewed(path, sequences, pad_id, labels):
        out = real(path, sequences, pad_id, labels)
        out[:, 0] += 0.01  # beyond the 1e-3 limit
        return out

    monkeypatch.setattr(export, "_logits_ort", skewed)
    with pytest.raises(export.ExportError, match="parity broken"):
        export.export(pipeline["run"] / "best", tmp_path / "out")
    assert not (tmp_path / "out").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.export-")]


def test_length_grouped_batches_cover_every_text_once():
    from training.finetune import batch_plan

    lengths = [random.Random(k).randrange(3, 200) for k in range(1000)]
    for grouped in (True, False):
        plan = batch_plan(lengths, 16, random.Random(0), grouped)
        assert sorted(i for batch in plan for i in batch) == list(range(1000))
        assert all(1 <= len(batch) <= 16 for batch in plan)
    plan = batch_plan(lengths, 16, random.Random(0), True)
    spread = np.mean([max(lengths[i] for i in b) - min(lengths[i] for i in b) for b in plan])
    assert spread < 20  # similar lengths together: little padding


def test_data_file_validation(pipeline, tmp_path, capsys):
    from training import finetune

    bad = _write_jsonl(tmp_path / "bad.jsonl", [
        {"text": "Chuyển khoản gấp giúp em 2 triệu", "label": "impersonate_relative"},
        {"text": "xin chào", "label": "not_a_label"},
        {"text": "   ", "label": "legit"},
        {"text": "Chuyển khoản  gấp giúp em 2 triệu", "label": "impersonate_relative"},
    ])
    code = finetune.main(["--config", str(ROOT / "training/configs/tiny.yaml"), "--model", str(pipeline["tiny"]),
                          "--data", str(bad), "--no-corpus", "--output", str(tmp_path / "run")])
    err = capsys.readouterr().err
    assert code == 2
    assert "bad.jsonl:2: unknown label 'not_a_label'; valid ids: legit, task_commission" in err
    assert "bad.jsonl:3: empty text" in err
    assert not (tmp_path / "run").exists()  # nothing trained
    dup = _write_jsonl(tmp_path / "dup.jsonl", [{"text": "Chuyển khoản gấp", "label": "legit"},
                                                {"text": "Chuyển  khoản gấp ", "label": "legit"}])
    with pytest.raises(finetune.DataError, match=r"dup.jsonl:2: duplicate text, already at .*dup.jsonl:1"):
        finetune.gather_data([str(dup)], use_corpus=False)
    csv_file = tmp_path / "new.csv"
    csv_file.write_text("text,label\nVay nhanh không thế chấp,fake_loan\n", encoding="utf-8")
    rows = finetune.gather_data([str(csv_file)], use_corpus=False, log=lambda m: None)
    assert sum(len(v) for v in rows.values()) == 1


# ---------------------------------------------------------------- serving
def test_backend_classifies(backend, pipeline):
    texts = [t for texts in FIXTURE.values() for t in texts[:1]] + [OBFUSCATED]
    probs, truncated = backend.predict_proba(texts)
    assert probs.shape == (len(texts), len(LABELS))
    assert np.allclose(probs.sum(axis=1), 1.0) and (probs >= 0).all()
    assert truncated == [False] * len(texts)
    assert backend.labels == LABELS


def test_load_model_serves_transformer_dir(pipeline):
    import scamdetect

    clf = scamdetect.load_model(pipeline["model"])
    prediction = clf.classify(OBFUSCATED)
    assert prediction.label in LABELS
    assert all(OBFUSCATED[s.start:s.end] == s.text for s in prediction.explanation.spans)
    assert clf.predict_proba(["xin chào", OBFUSCATED]).shape == (2, len(LABELS))


def test_truncation_flag(backend):
    short, long = "Chị ơi chuyển gấp giúp em 2tr", " ".join(["tài khoản bị khóa vui lòng xác thực"] * 40)
    probs, truncated = backend.predict_proba([short, long, "x" * 200_000])
    assert truncated == [False, True, True]
    ids, flag = backend.encode(long)
    assert flag and len(ids) == backend.max_tokens == 64 and ids[0] == 0 and ids[-1] == 2
    assert np.allclose(probs.sum(axis=1), 1.0)


@pytest.mark.parametrize("bad", [None, b"bytes", 5, ["nested"]])
def test_non_str_raises_type_error(backend, bad):
    with pytest.raises(TypeError):
        backend.predict_proba([bad])
    with pytest.raises(TypeError):
        backend.word_spans(bad, 0)


def test_never_raises_on_any_str(backend):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.text(max_size=300))
    def check(text):
        probs, truncated = backend.predict_proba([text])
        assert np.isfinite(probs).all() and abs(probs.sum() - 1.0) < 1e-6
        for start, end, weight in backend.word_spans(text, 3):
            assert 0 <= start < end <= len(text) and np.isfinite(weight)

    check()
    probs, truncated = backend.predict_proba(["", " \n\t", "<s></s><mask>", "\u200b\u200b", "😀" * 500])
    assert probs.shape == (5, len(LABELS)) and truncated[-1]


def test_word_spans_point_into_original_text(backend):
    spans = backend.word_spans(OBFUSCATED, LABELS.index("bank_phishing"))
    assert spans and spans == sorted(spans)
    pieces = [OBFUSCATED[s:e] for s, e, _ in spans]
    assert "Tài khoản" in pieces  # one segmented word, mapped back with its space
    assert "Vіetcombаnk" in pieces  # the Cyrillic letters of the original, not the folded text
    assert "kh0a" in pieces
    assert all(0 <= s < e <= len(OBFUSCATED) for s, e, _ in spans)
    assert "x7kq" not in pieces  # the salt tail is not part of the model input
    with pytest.raises(IndexError):
        backend.word_spans(OBFUSCATED, len(LABELS))


def test_word_spans_of_long_texts_come_in_runs(backend):
    from scamdetect.backends.transformer.backend import MAX_OCCLUSIONS

    words = [f"từ{k}" for k in range(200)]
    text = " ".join(words)
    spans = backend.word_spans(text, 0)
    assert 1 < len(spans) <= MAX_OCCLUSIONS
    assert all(text[s:e].startswith("từ") and text[s:e].split()[-1].startswith("từ") for s, e, _ in spans)
    assert all(spans[k][1] <= spans[k + 1][0] for k in range(len(spans) - 1))


def test_thread_safe(backend):
    texts = [t for texts in FIXTURE.values() for t in texts] * 3
    # one text per call: int8 dynamic quantisation scales activations per batch, so batch-mates matter
    expected = [backend.predict_proba([t])[0][0] for t in texts]
    spans = backend.word_spans(OBFUSCATED, 12)
    with ThreadPoolExecutor(8) as pool:
        rows = list(pool.map(lambda t: backend.predict_proba([t])[0][0], texts))
        many = list(pool.map(lambda _: backend.word_spans(OBFUSCATED, 12), range(8)))
    assert np.array_equal(np.stack(rows), np.stack(expected))
    assert all(m == spans for m in many)
    batched, _ = backend.predict_proba(texts)
    assert np.allclose(batched, np.stack(expected), atol=1e-3)


def test_no_torch_at_inference(pipeline):
    code = f"""
import sys
from pathlib import Path
from scamdetect.model_dir import read_manifest
from scamdetect.backends import load_backend
path = Path({str(pipeline['model'])!r})
backend = load_backend(path, read_manifest(path))
probs, _ = backend.predict_proba(["Tài khoản của bạn bị khóa"])
backend.word_spans("Tài khoản của bạn bị khóa", 0)
heavy = sorted(m for m in ("torch", "transformers", "tokenizers", "underthesea") if m in sys.modules)
print(heavy)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


# ---------------------------------------------------------------- bad model directories
def _copy(pipeline, tmp_path) -> Path:
    target = tmp_path / "model"
    shutil.copytree(pipeline["model"], target)
    return target


@pytest.mark.parametrize("name", ["model.onnx", "vocab.txt", "bpe.codes"])
def test_tampered_file_refused_naming_it(pipeline, tmp_path, name):
    import scamdetect

    target = _copy(pipeline, tmp_path)
    data = bytearray((target / name).read_bytes())
    data[len(data) // 2] ^= 0x01
    (target / name).write_bytes(bytes(data))
    with pytest.raises(ModelError, match=name.replace(".", r"\.")):
        scamdetect.load_model(target)


def test_malformed_manifest_refused(pipeline, tmp_path):
    from scamdetect.backends.transformer.backend import TransformerBackend

    target = _copy(pipeline, tmp_path)
    manifest = read_manifest(target)
    for key in ("onnx", "max_tokens", "tokenizer"):
        broken = {k: v for k, v in manifest.items() if k != key}
        with pytest.raises(ModelError, match=f"manifest.json: missing field '{key}'"):
            TransformerBackend.from_dir(target, broken)
    with pytest.raises(ModelError, match="not listed"):
        TransformerBackend.from_dir(target, {**manifest, "onnx": "other.onnx"})
    (target / "model.onnx").write_bytes(b"not an onnx model")
    with pytest.raises(ModelError, match="model.onnx"):
        TransformerBackend.from_dir(target, manifest)  # hashes skipped here: onnxruntime must still name it
