// Benchmark reference only: a small React component on the component template's stack
// (React 18, streamlit-component-lib's React helpers with Apache Arrow, Bootstrap 4.5 CSS),
// so the payload of a typical React component can sit next to ours. Our own source.
import "bootstrap/dist/css/bootstrap.min.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Streamlit, withStreamlitConnection, type ComponentProps } from "streamlit-component-lib";

function Greeter({ args, theme }: ComponentProps) {
  const name = String(args["name"] ?? "world");
  const border = theme ? `1px solid ${theme.primaryColor}` : "1px solid gray";
  return (
    <div className="p-2" style={{ border }}>
      <span>Hello, {name}! </span>
      <button className="btn btn-primary" onClick={() => Streamlit.setComponentValue(name)}>
        Click me
      </button>
    </div>
  );
}

const Connected = withStreamlitConnection(Greeter);
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <Connected />
  </StrictMode>,
);
