"""The Streamlit binding: ``chat_widget`` mounts the component, ``open_chat`` feeds it."""
