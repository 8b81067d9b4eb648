"""The scheme taxonomy (version 1) as package data.

Mirrors ``shared/taxonomy.yaml``; a test keeps the two in step. Ids are stable API:
they appear in model files, outputs and reports, so never rename one.

Example:
    >>> from scamdetect.taxonomy import LABELS, NAME_VI, is_scam
    >>> len(LABELS), LABELS[0]
    (18, 'legit')
    >>> NAME_VI['fake_vneid']
    'Giả danh cán bộ hướng dẫn chuẩn hóa thông tin VNeID'
    >>> is_scam('bank_phishing'), is_scam('legit')
    (True, False)
"""

from __future__ import annotations

from dataclasses import dataclass

TAXONOMY_VERSION = 1


@dataclass(frozen=True)
class Label:
    id: str
    vi: str
    en: str
    is_scam: bool


TAXONOMY: tuple[Label, ...] = (
    Label('legit', 'Tin nhắn bình thường', 'Not a scam', False),
    Label('task_commission', 'Làm nhiệm vụ online hưởng hoa hồng', 'Online tasks for commission', True),
    Label('fake_investment', 'Đầu tư sàn chứng khoán, app ảo, tiền ảo', 'Fake investment platform', True),
    Label('online_shopping_fraud', 'Mua bán online, chuyển tiền không giao hàng', 'Online purchase never delivered', True),
    Label('prize_fee', 'Trúng thưởng, nộp phí hoặc mua đơn để nhận thưởng', 'Prize that requires a fee', True),
    Label('fake_authority', 'Giả danh cơ quan tư pháp, công an, cơ quan nhà nước', 'Impersonating police, prosecutors, courts or other state bodies', True),
    Label('fake_vneid', 'Giả danh cán bộ hướng dẫn chuẩn hóa thông tin VNeID', 'Fake VNeID / e-ID standardisation', True),
    Label('fake_loan', 'Giả danh công ty tài chính, ngân hàng cho vay', 'Fake loan offer with upfront fees', True),
    Label('travel_study_labor', 'Lừa đảo du lịch, du học, xuất khẩu lao động', 'Travel, study-abroad or labour-export fraud', True),
    Label('ecommerce_collaborator', 'Tuyển cộng tác viên cho sàn thương mại điện tử', 'Fake e-commerce collaborator recruitment', True),
    Label('child_model_recruitment', 'Tuyển người mẫu nhí rồi lôi kéo làm nhiệm vụ', 'Child-model casting leading to paid tasks', True),
    Label('impersonate_relative', 'Chiếm tài khoản, giả mạo người thân quen vay tiền', 'Hijacked account / impersonated relative asking for money', True),
    Label('bank_phishing', 'Giả mạo ngân hàng, ví điện tử (đường dẫn giả)', 'Bank or e-wallet phishing', True),
    Label('fake_subsidy', 'Giả mạo trợ cấp, hỗ trợ bảo hiểm xã hội', 'Fake social-insurance or subsidy payout', True),
    Label('fake_service_provider', 'Giả mạo nhà mạng, điện lực, giao hàng', 'Fake telco, utility or delivery notice', True),
    Label('fake_debt_collection', 'Đòi nợ, đe dọa giả mạo', 'Fake debt collection or threats', True),
    Label('gambling_ad', 'Quảng cáo cờ bạc, cá cược trá hình', 'Disguised gambling or betting ad', True),
    Label('other_scam', 'Lừa đảo khác', 'Other scam', True),
)

LABELS: tuple[str, ...] = tuple(label.id for label in TAXONOMY)
NAME_VI: dict[str, str] = {label.id: label.vi for label in TAXONOMY}
NAME_EN: dict[str, str] = {label.id: label.en for label in TAXONOMY}
IS_SCAM: dict[str, bool] = {label.id: label.is_scam for label in TAXONOMY}
LEGIT = "legit"
SCAM_LABELS: tuple[str, ...] = tuple(i for i in LABELS if IS_SCAM[i])


def is_scam(label: str) -> bool:
    """Whether ``label`` is a scam scheme; ``KeyError`` names an unknown id."""
    try:
        return IS_SCAM[label]
    except KeyError:
        raise KeyError(f"unknown label {label!r}; known: {', '.join(LABELS)}") from None
