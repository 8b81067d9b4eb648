"""The default model's backend: features over normalised text, tf-idf and a linear layer in onnxruntime.

:mod:`.features` defines the features on whole texts (the training and explanation path); :mod:`.chunks`,
:mod:`.chunk_table` and :mod:`.vocab_columns` compute the same features chunk by chunk for batch scoring;
:mod:`.vocabulary` maps features to columns (word pairs as integer codes); :mod:`.graphs` runs the ONNX graph; :mod:`.backend` is the :class:`~scamdetect.backends.base.Backend`.
"""
