/** Reading what Python sends: command envelopes, and the carriers that bring them through the page. */

import { readOpenChatDetail, isRecord } from "./contract";
import { COMMAND_ATTRIBUTE, PROTOCOL_VERSION, type CarrierPayload, type Envelope, type OpenEnvelope } from "./generated";

export { COMMAND_ATTRIBUTE };
export type { CarrierPayload, Envelope, OpenEnvelope };

/** An envelope as the frontend accepts it (anything else, such as an unknown `kind`, is `null`). */
export function readEnvelope(value: unknown): Envelope | null {
  if (!isRecord(value)) return null;
  const seq = value.seq;
  if (typeof seq !== "number" || !Number.isSafeInteger(seq) || seq < 1 || typeof value.id !== "string") return null;
  const base = { seq, id: value.id };
  const kind = value.kind ?? "open"; // lenient: an envelope without a kind opens
  if (kind === "open") {
    const detail = readOpenChatDetail(value.detail);
    if (detail === null) return null;
    const envelope: OpenEnvelope = { ...base, kind: "open", detail };
    if (typeof value.delayMs === "number" && value.delayMs > 0) envelope.delayMs = value.delayMs;
    return envelope;
  }
  if (kind === "reply") {
    const reply = value.reply;
    if (!isRecord(reply) || typeof reply.content !== "string") return null;
    return { ...base, kind: "reply", reply: { content: reply.content } };
  }
  if (kind === "cancel") return { ...base, kind: "cancel" };
  return null;
}

/** A carrier element's attribute text, or `null` for anything that is not one of this version. */
export function readCarrier(text: string | null): CarrierPayload | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value) || value.v !== PROTOCOL_VERSION) return null;
  if (typeof value.session !== "string" || typeof value.key !== "string") return null;
  const envelope = readEnvelope(value.envelope);
  if (envelope === null) return null;
  return { v: PROTOCOL_VERSION, session: value.session, key: value.key, envelope };
}
