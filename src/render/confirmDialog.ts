// A question with two answers in a modal <dialog> (focus stays in it, Escape answers no): asked
// before a large network opens. The page keeps running while it waits, unlike window.confirm.
import { h } from "../dom/elements";

export interface Question {
  title: string;
  text: string;
  yes: string;
  no: string;
}

let asked = 0;

/** Shows the question and resolves with the answer once it is given; the dialog then goes. */
export function askQuestion(question: Question): Promise<boolean> {
  const titleId = `question-${++asked}`;
  const yes = h("button", { type: "button", class: "primary" }, question.yes);
  const no = h("button", { type: "button" }, question.no);
  const dialog = h(
    "dialog",
    { class: "question", "aria-labelledby": titleId },
    h("h2", { id: titleId }, question.title),
    h("p", {}, question.text),
    h("div", { class: "question-buttons" }, no, yes),
  );
  document.body.append(dialog);
  return new Promise((resolve) => {
    const answer = (value: boolean) => {
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    yes.addEventListener("click", () => answer(true));
    no.addEventListener("click", () => answer(false));
    dialog.addEventListener("cancel", (event) => {
      event.preventDefault();
      answer(false);
    });
    dialog.showModal();
    no.focus();
  });
}
