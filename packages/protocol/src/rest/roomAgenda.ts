import { z } from 'zod';

/**
 * The agenda of a room's minutes, prepared by its owner before the meeting (`/v1/rooms/{roomId}/agenda`, owner
 * only). While a meeting of the room runs, the agenda is edited in the meeting's minutes instead.
 */

export const agendaLimits = {
  /** Items of one agenda. */
  maxItems: 100,
  /** Characters of one item's title (after trimming). */
  titleMaxLength: 200,
  /** Characters of an item id as the server makes them (a UUID) or a meeting's client did. */
  idMaxLength: 100,
} as const;

const NoControl = /^[^\p{Cc}]*$/u;

/** An agenda item's title: trimmed, 1–200 characters, no control characters. */
export const AgendaTitle = z
  .string()
  .trim()
  .min(1)
  .max(agendaLimits.titleMaxLength)
  .regex(NoControl, 'must not contain control characters');

/** One item as the owner sees it. */
export const AgendaItemView = z.object({ id: z.string(), title: z.string() });
export type AgendaItemView = z.infer<typeof AgendaItemView>;

/**
 * `GET` and `PUT /v1/rooms/{roomId}/agenda`: the stored agenda in order; `live`: a meeting of the room runs now;
 * `keptMinutes`: the room's minutes, kept from an earlier meeting to be carried into the next one (ADR 0015), hold
 * notes, motions or decisions under items of this agenda, so a change of the agenda changes those minutes.
 */
export const RoomAgendaView = z.object({ items: z.array(AgendaItemView), live: z.boolean(), keptMinutes: z.boolean() });
export type RoomAgendaView = z.infer<typeof RoomAgendaView>;

/**
 * Body of `PUT /v1/rooms/{roomId}/agenda`: the whole new agenda, in order. An item with `id` is one the agenda has
 * (renamed and moved, its notes stay attached); one without is new. Items left out are removed. Ids must be unique.
 */
export const RoomAgendaUpdate = z.strictObject({
  items: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(agendaLimits.idMaxLength).optional(),
        title: AgendaTitle,
      }),
    )
    .max(agendaLimits.maxItems)
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((item, index) => {
        if (item.id === undefined) return;
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'is given twice' });
        seen.add(item.id);
      });
    }),
});
export type RoomAgendaUpdate = z.infer<typeof RoomAgendaUpdate>;
