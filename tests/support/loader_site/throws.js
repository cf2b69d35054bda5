// A loader that fails while running.
throw new Error("standin loader exploded");
