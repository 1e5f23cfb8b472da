"""The Streamlit front end: state (`state`, `codec`), the sidebar and the pages. Only drawing
and session glue live here; every number comes from `model` and `model.report`."""
