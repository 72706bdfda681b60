export function App() {
  return <main>Exam Desk</main>;
}
