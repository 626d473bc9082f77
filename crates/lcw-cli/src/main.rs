//! `lcw`: the Microsoft Graph lifecycle workflows API from the command line (the command's
//! code is the `lcw_cli` library, so benchmarks run it in-process).

fn main() -> std::process::ExitCode {
    lcw_cli::main()
}
