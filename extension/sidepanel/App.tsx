/** Placeholder. */
export function App() {
  return <h1>CPD Lens</h1>;
}
