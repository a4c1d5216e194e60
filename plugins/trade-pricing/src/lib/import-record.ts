/** The API view of a price import. */
export function importRecord(record: any) {
  return {
    id: record.id as string,
    price_list_id: record.price_list_id as string,
    status: record.status as string,
    total: Number(record.total),
    processed: Number(record.processed),
    to_create: Number(record.to_create),
    to_update: Number(record.to_update),
    error: (record.error as string | null) ?? null,
    created_at: record.created_at,
    finished_at: record.finished_at ?? null,
  }
}
