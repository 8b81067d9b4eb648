"""Files of messages: table readers and writers, resumable multi-process scoring, and Spark."""
