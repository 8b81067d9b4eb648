"""Scam campaigns: the same template sent thousands of times, grouped into one row an analyst can act on.

``scamdetect campaigns FILE -o DIR`` (:func:`find_campaigns`) streams a raw or scored dump once and groups
its scam messages by template; legit rows never form campaigns. One module per job:

* :mod:`.mask` reduces a message to its template (library normalisation, then links, phones, amounts,
  numbers, names, codes and junk tails masked; folded to lower case without diacritics);
* :mod:`.minhash` turns masked texts into MinHash signatures and LSH band keys (numpy, stable across runs);
* :mod:`.cluster` groups messages as they stream by, with stable campaign ids and bounded memory;
* :mod:`.writer` writes ``campaigns.csv``, ``members.csv``, ``report.md``/``report.html`` and the chart;
* :mod:`.pipeline` reads the file, scores it if needed and runs the rest in worker processes.

Nothing here is imported by ``import scamdetect``.
"""

from __future__ import annotations

from .pipeline import CampaignConfig, CampaignError, CampaignResult, find_campaigns

__all__ = ["CampaignConfig", "CampaignError", "CampaignResult", "find_campaigns"]
