"""What a message says besides its label: indicators, official-domain look-alikes and red flags.

Signals read a :class:`scamdetect.text.Normalized` and point at the original text. :mod:`.indicators`
finds the values worth acting on (links, phones, accounts, requests for an OTP ...), :mod:`.domains`
tells official domains from look-alikes (registry in ``resources/official_domains.json``) and
:mod:`.redflags` turns both, and the wording, into warning signs from one registry of recognizers.
"""
