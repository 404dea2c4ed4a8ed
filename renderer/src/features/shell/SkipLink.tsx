/** The first Tab stop: straight to the list (or the view's content), past the toolbars. */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#workspace"
      data-testid="skip-link"
      onClick={(event) => {
        event.preventDefault();
        const home = document.querySelector<HTMLElement>('#workspace [data-focus-home]');
        home?.focus();
      }}
    >
      Skip to the list
    </a>
  );
}
