/** A form field's error, tied to its field by id (aria-describedby) and announced when it appears. */
export function FieldError(props: { id: string; message: string | undefined }) {
  if (!props.message) return null;
  return (
    <p id={props.id} class="error" role="alert">
      {props.message}
    </p>
  );
}
