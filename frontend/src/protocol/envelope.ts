/** What Python sends: commands wrapped with their delivery sequence number. */

import { readOpenChatDetail, type OpenChatDetail } from "./contract";

interface EnvelopeBase {
  seq: number;
  id: string;
}

/** Dispatch `openChatEvent` with `detail`, now or `delayMs` after delivery. */
export interface OpenEnvelope extends EnvelopeBase {
  kind: "open";
  detail: OpenChatDetail;
  delayMs?: number;
}

/** Add an agent message to the preview widget (prototyping; the live widget ignores it). */
export interface ReplyEnvelope extends EnvelopeBase {
  kind: "reply";
  reply: { content: string };
}

/** Drop delayed opens that have not fired yet. */
export interface CancelEnvelope extends EnvelopeBase {
  kind: "cancel";
}

export type DeliveryEnvelope = OpenEnvelope | ReplyEnvelope | CancelEnvelope;

/** A carrier element's payload: an envelope addressed to one session and widget key. */
export type CarrierPayload = DeliveryEnvelope & { v: 1; session: string; key: string };

export const CARRIER_ATTRIBUTE = "data-octocom-event";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

export function readEnvelope(value: unknown): DeliveryEnvelope | null {
  if (!isRecord(value)) return null;
  const seq = value.seq;
  if (typeof seq !== "number" || !Number.isSafeInteger(seq) || seq < 1 || typeof value.id !== "string") return null;
  const base = { seq, id: value.id };
  const kind = value.kind ?? "open";
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

export function readCarrier(text: string | null): CarrierPayload | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const envelope = readEnvelope(value);
  if (envelope === null || !isRecord(value) || value.v !== 1) return null;
  if (typeof value.session !== "string" || typeof value.key !== "string") return null;
  return { ...envelope, v: 1, session: value.session, key: value.key };
}
