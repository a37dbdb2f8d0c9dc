import type pg from 'pg'

/**
 * Set-based bench data for the document store (issue 5), until the shared generator of issue 4
 * covers documents. Adds one block in a few INSERT … SELECT generate_series statements:
 *
 * - `objects` rental objects with 50 units each, one current tenant (person, unit, tenancy) per
 *   unit;
 * - `documents` documents: 90 % personal (a statement or letter to one tenant, one release each),
 *   10 % house-wide (released to six tenants of the object) — 1.5 releases per document, so
 *   2 M documents come with 3 M releases;
 * - of the releases, every 10th has a window that has ended (a former tenant's old statement),
 *   every 20th is bound to the tenant's tenancy; the rest are plain releases to current tenants.
 *
 * Documents are spread over ten years of `createdAt`, so "newest first" has real work to do.
 * Files are not written: the measured list reads rows, not bytes.
 */
export async function addDocumentBlock(
  client: pg.PoolClient,
  block: { run: string; objects: number; documents: number; holdingType: number; status: number },
) {
  const { run, objects, documents, holdingType, status } = block
  const perObject = 50
  const persons = objects * perObject
  const personal = Math.round(documents * 0.9)
  const houseWide = documents - personal
  const q = (text: string, values: unknown[] = []) => client.query(text, values)

  await q('drop table if exists bench_objects, bench_units, bench_persons, bench_tenancies')
  await q(
    `create temp table bench_objects as
    with inserted as (
      insert into objects (number, name, type, address_city, address_country)
      select 'B' || $1 || '-' || g, 'Bench-Objekt ' || $1 || '-' || g, 'rental', 'Wien', 'AT' from generate_series(1, $2::int) g
      returning id)
    select id, row_number() over (order by id) as rn from inserted`,
    [run, objects],
  )
  await q(
    `create temp table bench_units as
    with inserted as (
      insert into units (object_id, unit_number, tenure, holding_type_id, status_id)
      select o.id, 'B' || $1 || '-' || o.rn || '/' || g, 'rental', $2::int, $3::int
      from bench_objects o cross join generate_series(1, ${perObject}) g
      returning id, object_id)
    select i.id, i.object_id, o.rn as object_rn, row_number() over (order by i.id) as rn,
      row_number() over (partition by i.object_id order by i.id) as rn_in_object
    from inserted i join bench_objects o on o.id = i.object_id`,
    [run, holdingType, status],
  )
  await q(
    `create temp table bench_persons as
    with inserted as (
      insert into persons (kind, salutation, first_name, last_name, display_name)
      select 'natural', 'ms', 'Bench', 'Mieter' || $1 || '-' || g, 'Mieter' || $1 || '-' || g || ', Bench'
      from generate_series(1, $2::int) g
      returning id)
    select id, row_number() over (order by id) as rn from inserted`,
    [run, persons],
  )
  await q(`create temp table bench_tenancies as
    with inserted as (
      insert into tenancies (unit_id, kind, move_in, reference)
      select u.id, 'tenant', timestamptz '2018-01-01 12:00:00+00', 'B-' || u.id from bench_units u
      returning id, unit_id)
    select i.id, i.unit_id from inserted i`)
  // Temporary tables get no statistics by themselves: without them the joins below become nested loops.
  await q('create index on bench_units (rn)')
  await q('create index on bench_units (object_id, rn_in_object)')
  await q('create index on bench_persons (rn)')
  await q('create index on bench_tenancies (unit_id)')
  await q('create index on bench_objects (rn)')
  await q('analyze bench_objects, bench_units, bench_persons, bench_tenancies')
  await q(`insert into tenancies_rels ("order", parent_id, path, persons_id)
    select 1, t.id, 'holders', p.id from bench_tenancies t join bench_units u on u.id = t.unit_id join bench_persons p on p.rn = u.rn`)

  // Personal documents: document g goes to the tenant of unit ((g - 1) mod persons) + 1.
  await q(
    `with inserted as (
      insert into documents (title, category, year, object_id, unit_id, filename, mime_type, filesize, file_version, url, created_at, updated_at)
      select (array['Betriebskostenabrechnung', 'Heizkostenabrechnung', 'Schreiben', 'Vertrag'])[1 + g % 4] || ' ' || g,
        (array['operatingCosts', 'heatingCosts', 'letter', 'contract'])[1 + g % 4]::enum_documents_category,
        2016 + g % 10, u.object_id, u.id, 'bench-' || $1 || '-p' || g || '.pdf', 'application/pdf', 20480, 1,
        '/api/documents/file/bench-' || $1 || '-p' || g || '.pdf',
        now() - (g % 3650) * interval '1 day' - (g % 86400) * interval '1 second', now()
      from generate_series(1, $2::int) g join bench_units u on u.rn = ((g - 1) % $3::int) + 1
      returning id, unit_id)
    insert into document_releases (document_id, person_id, valid_from, valid_until, tenancy_id, created_at, updated_at)
    select i.id, p.id, null,
      case when i.id % 10 = 0 then timestamptz '2023-12-31 12:00:00+00' end,
      case when i.id % 20 = 1 then t.id end, now(), now()
    from inserted i join bench_units u on u.id = i.unit_id join bench_persons p on p.rn = u.rn
    join bench_tenancies t on t.unit_id = u.id`,
    [run, personal, persons],
  )

  // House-wide documents: document g belongs to object ((g - 1) mod objects) + 1, released to six of its tenants.
  await q(
    `with inserted as (
      insert into documents (title, category, year, object_id, filename, mime_type, filesize, file_version, url, created_at, updated_at)
      select 'Aushang ' || g, 'other', 2016 + g % 10, o.id, 'bench-' || $1 || '-h' || g || '.pdf', 'application/pdf', 10240, 1,
        '/api/documents/file/bench-' || $1 || '-h' || g || '.pdf',
        now() - (g % 3650) * interval '1 day' - (g % 86400) * interval '1 second', now()
      from generate_series(1, $2::int) g join bench_objects o on o.rn = ((g - 1) % $3::int) + 1
      returning id, object_id)
    insert into document_releases (document_id, person_id, valid_until, created_at, updated_at)
    select i.id, p.id, case when (i.id + k) % 10 = 0 then timestamptz '2023-12-31 12:00:00+00' end, now(), now()
    from inserted i cross join generate_series(0, 5) k
    join bench_units u on u.object_id = i.object_id and u.rn_in_object = 1 + ((i.id + k) % ${perObject})
    join bench_persons p on p.rn = u.rn`,
    [run, houseWide, objects],
  )
  await q('drop table if exists bench_objects, bench_units, bench_persons, bench_tenancies')
}

/** Tens of documents of their own for the measured tenant (the same at every size). */
export async function addTenantDocuments(client: pg.PoolClient, person: number, count: number) {
  await client.query(
    `with inserted as (
      insert into documents (title, category, year, filename, mime_type, filesize, file_version, url, created_at, updated_at)
      select 'Mieterschreiben ' || g, 'letter', 2016 + g % 10, 'bench-tenant-' || g || '.pdf', 'application/pdf', 20480, 1,
        '/api/documents/file/bench-tenant-' || g || '.pdf', now() - g * interval '9 days', now()
      from generate_series(1, $2::int) g
      returning id)
    insert into document_releases (document_id, person_id, valid_until, created_at, updated_at)
    select id, $1::int, case when id % 10 = 0 then timestamptz '2023-12-31 12:00:00+00' end, now(), now() from inserted`,
    [person, count],
  )
}
