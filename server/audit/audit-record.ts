/** What a committed or failed mutation leaves behind (`:AuditEvent`); see docs/api.md, "Auditing". */
export interface AuditEventRecord {
  /** Subject of the verified token, or `system` / `cli:<user>` for changes made outside the API. */
  actor: string;
  actorRoles: readonly string[];
  /** Client address of the request; null outside HTTP. */
  address: string | null;
  operationName: string | null;
  /** Root fields as executed, `alias:field` when aliased. */
  rootFields: readonly string[];
  /** Each root field's arguments (inline and from variables), secrets redacted. */
  arguments: readonly { field: string; arguments: Record<string, unknown> }[];
  outcome: 'committed' | 'failed';
  /** Error code of a failed mutation; null when committed. */
  code: string | null;
  changes: AuditChanges;
}

/** Ids of the nodes a mutation changed, and the database's own counts of everything it changed. */
export interface AuditChanges {
  createdIds: readonly string[];
  updatedIds: readonly string[];
  deletedIds: readonly string[];
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  /** True when the ids account for every node the database counted as created or deleted. */
  idsComplete: boolean;
}

/** A mutation refused before or while it ran (401, 403, 400): who and what, never its data. */
export interface AccessRefusalRecord {
  actor: string;
  actorRoles: readonly string[];
  address: string | null;
  operationName: string | null;
  rootFields: readonly string[];
  status: number;
  code: string;
}

export const NO_CHANGES: AuditChanges = {
  createdIds: [],
  updatedIds: [],
  deletedIds: [],
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
  idsComplete: true,
};

/**
 * Bounds on what one record stores, so no request can make the trail large: a 90 KB operation name was
 * once stored verbatim. Refusals store less than committed events because anyone can cause them.
 */
export const AUDIT_LIMITS = {
  operationName: 100,
  fieldName: 64,
  rootFields: 50,
  refusalRootFields: 20,
  /** Characters of the arguments' JSON; the digest always covers all of it. */
  argumentsJson: 32_000,
  idsPerList: 1_000,
} as const;

/** Cuts a string to `max` characters, marking the cut with an ellipsis. */
export function capText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
