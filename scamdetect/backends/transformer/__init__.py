"""PhoBERT-style models exported to ONNX: word segmentation, BPE tokenizer, the backend and the cascade.

:mod:`.segment` (underthesea, the ``transformer`` extra) and :mod:`.phobert_tokenizer` prepare the input,
:mod:`.backend` runs the exported encoder and :mod:`.cascade` sends only the linear model's unsure messages
to it.
"""
