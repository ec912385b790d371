/**
 * Dead-letter links: a queue (or a function) whose `deadLetterTarget` names another resource
 * sends the messages it gives up on there. Not a connection (no traffic rule, no port): drawn
 * as a light dotted link with an arrow towards the dead-letter queue, on the canvas and in the
 * exports, so a reader sees which queue parks its failures where.
 */
import type { Design } from '../model/types';

export interface DeadLetterLink {
  id: string;
  /** The resource that gives up on messages. */
  from: string;
  /** Its dead-letter queue (or topic). */
  to: string;
}

export function deadLetterLinks(design: Design): DeadLetterLink[] {
  const ids = new Set(design.resources.map((r) => r.id));
  const links: DeadLetterLink[] = [];
  for (const resource of design.resources) {
    const target = (resource.props as Record<string, unknown> | undefined)?.deadLetterTarget;
    if (typeof target !== 'string' || !ids.has(target) || target === resource.id) continue;
    links.push({ id: `dlq:${resource.id}`, from: resource.id, to: target });
  }
  return links;
}
