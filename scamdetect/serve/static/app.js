// The page of `scamdetect serve`: sends the message to /v1/classify and shows the verdict and why.
// User text is only ever put into the page as text nodes, never as HTML.
"use strict";

const EXAMPLE = "Công an TP thông báo: tài khoản của anh liên quan đến đường dây rửa tiền. " +
  "Anh phải chuyển tiền vào tài khoản tạm giữ 0123456789 của cơ quan điều tra trước 17h hôm nay, " +
  "xác minh tại bocongan-gov.vn, nếu không sẽ bị bắt giam.";

const KINDS = {
  url: ["Đường dẫn", "Link"],
  phone: ["Số điện thoại", "Phone number"],
  handle: ["Tài khoản mạng xã hội", "Social handle"],
  bank_account: ["Số tài khoản", "Bank account"],
  ewallet: ["Ví điện tử", "E-wallet"],
  amount: ["Số tiền", "Amount"],
  otp_request: ["Đòi mã OTP", "Asks for an OTP"],
  credential_request: ["Đòi thông tin đăng nhập", "Asks for credentials"],
  app_install: ["Yêu cầu cài ứng dụng", "Asks to install an app"],
  deadline: ["Hạn chót", "Deadline"],
  email: ["Email", "Email"],
};

let labelNames = {};
let threshold = null;
let modelReady = Promise.resolve();

function $(id) { return document.getElementById(id); }

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

function setStatus(message, isError) {
  const status = $("status");
  status.textContent = message || "";
  status.classList.toggle("error", Boolean(isError));
}

async function loadModel() {
  try {
    const response = await fetch("/v1/model");
    if (!response.ok) return;
    const info = await response.json();
    labelNames = info.label_names || {};
    threshold = typeof info.threshold === "number" ? info.threshold : null;
    $("model-info").textContent = `${info.name} ${info.version} · scamdetect ${info.scamdetect_version}`;
  } catch (err) {
    // the page still works; scheme ids are shown instead of names
  }
}

// Offsets from the service count Unicode code points (Python str indices), so the text is split into
// code points, not UTF-16 units, before slicing: an emoji before a span must not shift it.
function highlight(text, spans, isScam) {
  const chars = Array.from(text);
  const box = $("highlighted");
  box.replaceChildren();
  const strongest = Math.max(1e-9, ...spans.map((s) => Math.abs(s.weight)));
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    if (span.start > at) box.append(chars.slice(at, span.start).join(""));
    const towardScam = isScam ? span.weight > 0 : span.weight < 0;
    const mark = el("mark", {
      class: towardScam ? "scam" : "safe",
      "data-start": String(span.start),
      "data-end": String(span.end),
      "data-weight": String(span.weight),
      title: `${towardScam ? "lừa đảo / scam" : "an toàn / safe"} ${span.weight > 0 ? "+" : ""}${span.weight}`,
    }, chars.slice(span.start, span.end).join(""));
    mark.style.setProperty("--strength", (0.15 + 0.5 * Math.abs(span.weight) / strongest).toFixed(3));
    box.append(mark);
    at = span.end;
  }
  if (at < chars.length) box.append(chars.slice(at).join(""));
}

function listFlags(flags) {
  const list = $("flags");
  list.replaceChildren();
  if (!flags.length) list.append(el("li", { class: "none" }, "Không có / None"));
  for (const flag of flags) {
    list.append(el("li", { "data-flag": flag.id },
      el("strong", {}, flag.vi), " ", flag.evidence ? el("code", {}, flag.evidence) : null,
      el("span", { class: "en" }, flag.en)));
  }
}

function listIndicators(indicators) {
  const list = $("indicators");
  list.replaceChildren();
  if (!indicators.length) list.append(el("li", { class: "none" }, "Không có / None"));
  for (const item of indicators) {
    const [vi, en] = KINDS[item.kind] || [item.kind, item.kind];
    const details = item.details || {};
    const extra = [];
    if (details.lookalike_of) extra.push(`giả mạo / imitates ${details.lookalike_of}`);
    if (details.bank) extra.push(String(details.bank));
    list.append(el("li", { "data-kind": item.kind },
      el("span", { class: "kind" }, `${vi} · ${en}`), el("code", {}, item.value),
      extra.length ? el("span", { class: "en" }, extra.join(" · ")) : null));
  }
}

function show(text, prediction) {
  const explanation = prediction.explanation || { spans: [], red_flags: [], indicators: [], summary: "" };
  const scam = prediction.is_scam;
  const verdict = $("verdict");
  verdict.className = `verdict ${scam ? "scam" : "safe"}`;
  verdict.dataset.label = prediction.label;
  $("verdict-vi").textContent = scam ? "Có dấu hiệu lừa đảo" : "Không thấy dấu hiệu lừa đảo rõ ràng";
  $("verdict-en").textContent = scam ? "Looks like a scam" : "No clear sign of a scam";
  const names = labelNames[prediction.label] || { vi: prediction.label, en: prediction.label };
  $("scheme-vi").textContent = names.vi;
  $("scheme-en").textContent = names.en;
  const percent = Math.round(prediction.scam_score * 100);
  $("score-fill").style.width = `${(prediction.scam_score * 100).toFixed(1)}%`;
  $("score-fill").classList.toggle("scam", scam);
  $("score-bar").setAttribute("aria-valuenow", String(percent));
  $("score-value").textContent = `${percent}%`;
  const mark = $("score-threshold");
  mark.hidden = threshold === null;
  if (threshold !== null) mark.style.left = `calc(${(threshold * 100).toFixed(1)}% - 1px)`;
  $("summary").textContent = explanation.summary;
  $("truncated").hidden = !prediction.truncated;
  highlight(text, explanation.spans, scam);
  listFlags(explanation.red_flags);
  listIndicators(explanation.indicators);
  $("result").hidden = false;
}

async function check(event) {
  if (event) event.preventDefault();
  const text = $("message").value;
  if (!text.trim()) {
    setStatus("Hãy dán một tin nhắn. / Paste a message first.", true);
    return;
  }
  const button = $("check");
  button.disabled = true;
  setStatus("Đang kiểm tra… / Checking…");
  try {
    const response = await fetch("/v1/classify", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text, explain: true }),
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      setStatus(`Lỗi / Error ${response.status}: ${body.message || response.statusText}`, true);
      return;
    }
    await modelReady;  // scheme names and the threshold
    show(text, body.prediction);
    setStatus("");
  } catch (err) {
    setStatus(`Không kết nối được / Could not reach the service: ${err}`, true);
  } finally {
    button.disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  modelReady = loadModel();
  $("check-form").addEventListener("submit", check);
  $("example").addEventListener("click", () => {
    $("message").value = EXAMPLE;
    $("message").focus();
  });
  $("message").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) check(event);
  });
});
