/**
 * The submitted form, or an empty one when the body is not a form (a script posting JSON, a
 * truncated upload): validation then reports the missing fields instead of the page crashing.
 */
export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    return new FormData();
  }
}
