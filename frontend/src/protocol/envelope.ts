/** What Python sends: events wrapped with their delivery sequence, and the component args. */

import { readOpenChatDetail, type OpenChatDetail } from "./contract";

export interface DeliveryEnvelope {
  seq: number;
  id: string;
  detail: OpenChatDetail;
}

/** A carrier element's payload: an envelope addressed to one session and widget key. */
export interface CarrierPayload extends DeliveryEnvelope {
  v: 1;
  session: string;
  key: string;
}

export const CARRIER_ATTRIBUTE = "data-octocom-event";

export function readEnvelope(value: unknown): DeliveryEnvelope | null {
  if (typeof value !== "object" || value === null) return null;
  const record = value as Record<string, unknown>;
  const detail = readOpenChatDetail(record.detail);
  if (!Number.isSafeInteger(record.seq) || (record.seq as number) < 1) return null;
  if (typeof record.id !== "string" || detail === null) return null;
  return { seq: record.seq as number, id: record.id, detail };
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
  const record = value as Record<string, unknown>;
  if (envelope === null || record.v !== 1) return null;
  if (typeof record.session !== "string" || typeof record.key !== "string") return null;
  return { ...envelope, v: 1, session: record.session, key: record.key };
}
