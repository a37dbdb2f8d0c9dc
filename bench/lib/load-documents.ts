import { createReadStream } from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import type pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'

import { noon } from '@/imports/kinds/types'

export type LoadedDocuments = { documents: number; personLinks: number; releases: number; seconds: number }

/**
 * The bulk loader of the generator's document store (`documents/documents.csv` and
 * `documents/document-releases.csv`, docs/import.md): COPY into staging tables, then one
 * INSERT … SELECT per table of Payload's (`documents`, `documents_rels` for the linked persons,
 * `document_releases`), resolving the external keys of objects, units, tenancies and persons
 * that the import wrote. One transaction; a key that does not resolve aborts it. The tables'
 * secondary indexes are dropped for the load and built again before the commit.
 *
 * No file bytes are written: the records name a PDF (filename, size, type) that is not on disk.
 * What the benchmarks measure (lists, filters, access) reads rows, never bytes; a download of
 * one of these documents answers 404.
 */
export async function loadDocuments(client: pg.Client, directory: string): Promise<LoadedDocuments> {
  const started = performance.now()
  const q = (text: string) => client.query(text)
  const copy = (table: string, file: string) =>
    pipeline(
      createReadStream(path.join(directory, file)),
      client.query(copyFrom(`copy ${table} from stdin with (format csv, delimiter ';', header true)`)),
    )
  await q('begin')
  try {
    await q(`create temp table stage_documents (
      key text, object text, unit text, tenancy text, persons text, title text, category text, year int,
      created_at timestamptz, filename text, mime_type text, filesize bigint) on commit drop`)
    await q(`create temp table stage_releases (
      document text, person text, tenancy text, valid_from date, valid_until date, created_at timestamptz) on commit drop`)
    await copy('stage_documents', 'documents.csv')
    await copy('stage_releases', 'document-releases.csv')
    await q('analyze stage_documents, stage_releases')
    // Millions of rows are inserted faster without their secondary indexes, which are built again
    // afterwards from their own definitions (sorted, not row by row). Primary keys stay.
    const { rows: indexes } = await client.query<{ name: string; definition: string }>(`
      select i.indexname as name, i.indexdef as definition from pg_indexes i
      where i.schemaname = current_schema() and i.tablename in ('documents', 'documents_rels', 'document_releases')
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`)
    for (const index of indexes) await q(`drop index "${index.name}"`)

    const documents = await client.query(`
      insert into documents (title, category, year, object_id, unit_id, tenancy_id, filename, mime_type, filesize,
        file_version, url, created_at, updated_at)
      select s.title, s.category::enum_documents_category, s.year, o.id, u.id, t.id, s.filename, s.mime_type, s.filesize,
        1, '/api/documents/file/' || s.filename, s.created_at, s.created_at
      from stage_documents s
      left join objects o on o.external_key = s.object
      left join units u on u.external_key = s.unit
      left join tenancies t on t.external_key = s.tenancy
      where (s.object is null or o.id is not null) and (s.unit is null or u.id is not null)
        and (s.tenancy is null or t.id is not null)`)
    const staged = Number((await q('select count(*) as n from stage_documents')).rows[0].n)
    if (documents.rowCount !== staged)
      throw new Error(
        `${staged - (documents.rowCount ?? 0)} documents name an object, unit or tenancy that is not there`,
      )

    await q(`create temp table document_ids on commit drop as
      select s.key, d.id from stage_documents s join documents d on d.filename = s.filename`)
    await q('create unique index on document_ids (key)')
    await q('analyze document_ids')

    const personLinks = await client.query(`
      insert into documents_rels ("order", parent_id, path, persons_id)
      select h.position, i.id, 'persons', p.id
      from stage_documents s
      join document_ids i on i.key = s.key
      cross join lateral unnest(string_to_array(s.persons, '|')) with ordinality as h(person, position)
      join persons p on p.external_key = h.person`)
    const named = Number(
      (await q(`select coalesce(sum(cardinality(string_to_array(persons, '|'))), 0) as n from stage_documents`)).rows[0]
        .n,
    )
    if (personLinks.rowCount !== named)
      throw new Error(`${named - (personLinks.rowCount ?? 0)} linked persons of documents are not there`)

    const releases = await client.query(`
      insert into document_releases (document_id, person_id, tenancy_id, valid_from, valid_until, created_at, updated_at)
      select i.id, p.id, t.id, ${noon('s.valid_from')}, ${noon('s.valid_until')}, s.created_at, s.created_at
      from stage_releases s
      join document_ids i on i.key = s.document
      join persons p on p.external_key = s.person
      left join tenancies t on t.external_key = s.tenancy
      where s.tenancy is null or t.id is not null`)
    const stagedReleases = Number((await q('select count(*) as n from stage_releases')).rows[0].n)
    if (releases.rowCount !== stagedReleases)
      throw new Error(
        `${stagedReleases - (releases.rowCount ?? 0)} releases name a document, person or tenancy that is not there`,
      )
    await q("set local maintenance_work_mem = '512MB'")
    for (const index of indexes) await q(index.definition)
    await q('commit')
    return {
      documents: documents.rowCount ?? 0,
      personLinks: personLinks.rowCount ?? 0,
      releases: releases.rowCount ?? 0,
      seconds: (performance.now() - started) / 1000,
    }
  } catch (error) {
    await q('rollback')
    throw error
  }
}
