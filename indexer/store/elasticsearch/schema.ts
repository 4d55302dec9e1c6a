// Index templates, versioned indices and their aliases, created and migrated by the application
// (nothing has to be set up by hand on the server). Copies between versions are done here with a
// point-in-time scan and the bulk helper rather than the server's _reindex API, which minimal
// distributions (like the integ-test one CI runs) do not ship.
import { errors, type Client } from '@elastic/elasticsearch';
import { BulkWriteError, bulkWrite, type BulkOp, type BulkTuning } from './bulk.js';
import { INDEX_KINDS, INDEX_SETTINGS, MAPPINGS, type IndexKind, type IndexNames } from './indices.js';
import { scan } from './scan.js';

/** Higher than Elasticsearch's built-in templates (100), so a prefix like `logs` cannot collide with them. */
const TEMPLATE_PRIORITY = 500;

export class SchemaError extends Error {
  override name = 'SchemaError';
}

function isError(e: unknown, type: string): boolean {
  return e instanceof errors.ResponseError && (e.body as { error?: { type?: string } } | undefined)?.error?.type === type;
}

export async function putTemplate(client: Client, names: IndexNames, kind: IndexKind): Promise<void> {
  const { version, mappings } = MAPPINGS[kind];
  await client.indices.putIndexTemplate({
    name: names.template(kind),
    index_patterns: [names.pattern(kind)],
    priority: TEMPLATE_PRIORITY,
    template: { settings: INDEX_SETTINGS, mappings },
    _meta: { managed_by: 'city-credit-monitor', kind, version },
  });
}

/** The concrete index behind a kind's alias, or null when the alias does not exist yet. */
export async function aliasTarget(client: Client, names: IndexNames, kind: IndexKind): Promise<string | null> {
  const alias = names.alias(kind);
  if (!(await client.indices.existsAlias({ name: alias }))) {
    if (await client.indices.exists({ index: alias })) {
      throw new SchemaError(`${alias} is a plain index, not an alias; the store manages it as an alias over ${names.pattern(kind)}`);
    }
    return null;
  }
  const targets = Object.keys(await client.indices.getAlias({ name: alias }));
  if (targets.length !== 1 || targets[0] === undefined) throw new SchemaError(`alias ${alias} points to ${targets.length} indices: ${targets.join(', ')}`);
  return targets[0];
}

export interface MigrationReport {
  kind: IndexKind;
  from: string;
  to: string;
  copied: number;
}

export interface EnsureHooks {
  /** A kind's index was at an older mapping version and has been copied to the current one. */
  onMigrated?(r: MigrationReport): void;
}

/**
 * Templates, then for each kind: create the current version behind its alias, add new fields to an
 * index at the current version, or migrate an older version. Safe to run concurrently from several
 * processes: losing a creation race is not an error.
 */
export async function ensureSchema(
  client: Client,
  names: IndexNames,
  rebuild: Partial<Record<IndexKind, (source: Record<string, unknown>) => object>>,
  hooks: EnsureHooks = {},
): Promise<void> {
  // Kinds are independent; done concurrently, the server batches their cluster-state updates.
  await Promise.all(INDEX_KINDS.map((kind) => ensureKind(client, names, kind, rebuild[kind], hooks)));
}

async function ensureKind(
  client: Client,
  names: IndexNames,
  kind: IndexKind,
  rebuild: ((source: Record<string, unknown>) => object) | undefined,
  hooks: EnsureHooks,
): Promise<void> {
  await putTemplate(client, names, kind);
  const { version, mappings } = MAPPINGS[kind];
  const current = await aliasTarget(client, names, kind);
  if (current === null) {
    await createVersion(client, names, kind, version, true);
    return;
  }
  const v = names.versionOf(kind, current);
  if (v === null) throw new SchemaError(`alias ${names.alias(kind)} points to ${current}, which is not one of ${names.pattern(kind)}`);
  if (v > version) {
    throw new SchemaError(`${current} has mapping version ${v} but this program knows only up to ${version}; upgrade City Credit Monitor`);
  }
  if (v < version) {
    hooks.onMigrated?.(await migrateIndex(client, names, kind, version, rebuild));
    return;
  }
  try {
    await client.indices.putMapping({ index: current, ...mappings });
  } catch (e) {
    if (isError(e, 'illegal_argument_exception')) {
      throw new SchemaError(`the ${kind} mapping changed incompatibly without a new version (${(e as Error).message}); raise MAPPINGS.${kind}.version`);
    }
    throw e;
  }
}

async function createVersion(client: Client, names: IndexNames, kind: IndexKind, version: number, withAlias: boolean): Promise<string> {
  const index = names.versioned(kind, version);
  try {
    await client.indices.create({ index, ...(withAlias ? { aliases: { [names.alias(kind)]: { is_write_index: true } } } : {}) });
  } catch (e) {
    if (!isError(e, 'resource_already_exists_exception')) throw e;
    if (withAlias) await client.indices.putAlias({ index, name: names.alias(kind), is_write_index: true });
  }
  return index;
}

/**
 * Copy a kind's documents into mapping version `toVersion` (created from the template), then move
 * the alias to it in one atomic step and delete the old index. Readers never see a missing alias.
 * Writes made during the copy go to the old index and are lost, so run it while writers are stopped
 * (`init` does it before the store is used). The copy is counted; a shortfall leaves the alias on the
 * old index and throws.
 */
export async function migrateIndex(
  client: Client,
  names: IndexNames,
  kind: IndexKind,
  toVersion: number,
  rebuild: (source: Record<string, unknown>) => object = (s) => s,
  tuning: BulkTuning = {},
): Promise<MigrationReport> {
  const from = await aliasTarget(client, names, kind);
  if (from === null) throw new SchemaError(`no ${names.alias(kind)} alias to migrate`);
  const to = names.versioned(kind, toVersion);
  if (from === to) throw new SchemaError(`${names.alias(kind)} already points to ${to}`);
  if (await client.indices.exists({ index: to })) await client.indices.delete({ index: to });
  await createVersion(client, names, kind, toVersion, false);
  await client.indices.refresh({ index: from });
  let copied = 0;
  async function* ops(): AsyncGenerator<BulkOp> {
    for await (const hit of scan(client, { index: from as string, pageSize: 1000 })) {
      copied++;
      yield { action: 'index', index: to, id: hit.id, doc: rebuild(hit.source) };
    }
  }
  const failures = await bulkWrite(client, ops(), tuning);
  if (failures.length) throw new BulkWriteError(failures);
  await client.indices.refresh({ index: to });
  const [a, b] = await Promise.all([client.count({ index: from }), client.count({ index: to })]);
  if (a.count !== b.count) throw new SchemaError(`copying ${from} to ${to} gave ${b.count} documents instead of ${a.count}; the alias stays on ${from}`);
  await client.indices.updateAliases({
    actions: [
      { remove: { index: from, alias: names.alias(kind) } },
      { add: { index: to, alias: names.alias(kind), is_write_index: true } },
    ],
  });
  await client.indices.delete({ index: from });
  return { kind, from, to, copied };
}

/** Delete every index and template of this prefix (explicit names: servers refuse wildcard deletes by default). */
export async function dropSchema(client: Client, names: IndexNames): Promise<void> {
  const found = await client.indices.get({ index: INDEX_KINDS.map((k) => names.pattern(k)), allow_no_indices: true, ignore_unavailable: true });
  const ours = Object.keys(found).filter((i) => INDEX_KINDS.some((k) => names.versionOf(k, i) !== null));
  if (ours.length) await client.indices.delete({ index: ours });
  const templates = await client.indices.getIndexTemplate({ name: `${names.prefix}-*` }, { ignore: [404] });
  const mine = new Set(INDEX_KINDS.map((k) => names.template(k)));
  await Promise.all(
    (templates.index_templates ?? []).filter((t) => mine.has(t.name)).map((t) => client.indices.deleteIndexTemplate({ name: t.name })),
  );
}
