// Generated from docs-src/api-reference/v1.0/api by `cargo xtask regenerate`. Do not edit.
/// Prepares the call of row `index` of [`lcw_models::v1::OPERATIONS`] through the typed method that calls it, with `args` (see [`crate::dynamic`]); an error names what `args` lacks.
pub fn prepare(
    client: &crate::Client,
    index: usize,
    args: &crate::dynamic::Args,
) -> Result<crate::dynamic::Prepared, crate::Error> {
    let Some(info) = lcw_models::v1::OPERATIONS.get(index) else {
        return Err(crate::dynamic::Args::no_operation("v1.0", index));
    };
    let args = args.bind(info.id);
    let root = client.v1();
    Ok(
        match index {
            0 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(root.custom_task_extensions().list())
            }
            1 => {
                crate::dynamic::Prepared::new(
                    root.custom_task_extensions().create(&args.body()?),
                )
            }
            2 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.custom_task_extension(args.path(0)?).get(),
                )
            }
            3 => {
                crate::dynamic::Prepared::new(
                    root.custom_task_extension(args.path(0)?).update(&args.body()?),
                )
            }
            4 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.custom_task_extension(args.path(0)?).delete(),
                )
            }
            5 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(root.deleted_items().workflows().list())
            }
            6 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.deleted_items().workflow(args.path(0)?).get(),
                )
            }
            7 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.deleted_items().workflow(args.path(0)?).delete(),
                )
            }
            8 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .deleted_items()
                        .workflow(args.path(0)?)
                        .user_processing_result(args.path(1)?)
                        .reprocessed_runs()
                        .list(),
                )
            }
            9 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .deleted_items()
                        .workflow(args.path(0)?)
                        .user_processing_result(args.path(1)?)
                        .run(args.path(2)?)
                        .delete_ref(),
                )
            }
            10 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .deleted_items()
                        .workflow(args.path(0)?)
                        .user_processing_result(args.path(1)?)
                        .run(args.path(2)?)
                        .reprocessed_runs()
                        .list(),
                )
            }
            11 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .deleted_items()
                        .workflow(args.path(0)?)
                        .user_processing_result(args.path(1)?)
                        .run(args.path(2)?)
                        .run(args.path(3)?)
                        .delete_ref(),
                )
            }
            12 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.deleted_items().workflow(args.path(0)?).restore(),
                )
            }
            13 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.insights().top_tasks_processed_summary(args.time_range(0, 1)?),
                )
            }
            14 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .insights()
                        .top_workflows_processed_summary(args.time_range(0, 1)?),
                )
            }
            15 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .insights()
                        .workflows_processed_by_category(args.time_range(0, 1)?),
                )
            }
            16 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.insights().workflows_processed_summary(args.time_range(0, 1)?),
                )
            }
            17 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(root.settings().get())
            }
            18 => crate::dynamic::Prepared::new(root.settings().update(&args.body()?)),
            19 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(root.task_definitions().list())
            }
            20 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(root.task_definition(args.path(0)?).get())
            }
            21 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(root.workflow_templates().list())
            }
            22 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.workflow_template(args.path(0)?).get(),
                )
            }
            23 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(root.workflows().list())
            }
            24 => crate::dynamic::Prepared::new(root.workflows().create(&args.body()?)),
            25 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(root.workflow(args.path(0)?).get())
            }
            26 => {
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).update(&args.body()?),
                )
            }
            27 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(root.workflow(args.path(0)?).delete())
            }
            28 => {
                args.members(&["subjects"])?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .activate(args.optional_param("subjects")?),
                )
            }
            29 => {
                args.members(&["subject"])?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .activate_and_wait(args.param("subject")?),
                )
            }
            30 => {
                args.members(&["subjects"])?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .activatewithscope(args.optional_param("subjects")?),
                )
            }
            31 => {
                args.members(&["scope"])?;
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).cancel_processing(args.param("scope")?),
                )
            }
            32 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).clear_quarantine(),
                )
            }
            33 => {
                args.members(&["workflow"])?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .create_new_version(args.optional_param("workflow")?),
                )
            }
            34 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).execution_scope().list(),
                )
            }
            35 => {
                args.members(&["subjects"])?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .preview_workflow(args.param("subjects")?),
                )
            }
            36 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(root.workflow(args.path(0)?).runs().list())
            }
            37 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).runs().summary(args.time_range(1, 2)?),
                )
            }
            38 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).run(args.path(1)?).get(),
                )
            }
            39 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .run(args.path(1)?)
                        .subject_processing_results()
                        .list(),
                )
            }
            40 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .run(args.path(1)?)
                        .subject_processing_results()
                        .summary(args.time_range(2, 3)?),
                )
            }
            41 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .run(args.path(1)?)
                        .subject_processing_result(args.path(2)?)
                        .get(),
                )
            }
            42 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .run(args.path(1)?)
                        .task_processing_results()
                        .list(),
                )
            }
            43 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .run(args.path(1)?)
                        .user_processing_result(args.path(2)?)
                        .get(),
                )
            }
            44 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .run(args.path(1)?)
                        .user_processing_result(args.path(2)?)
                        .task_processing_results()
                        .list(),
                )
            }
            45 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).task_reports().list(),
                )
            }
            46 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .task_reports()
                        .summary(args.time_range(1, 2)?),
                )
            }
            47 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .task_report(args.path(1)?)
                        .task_processing_results()
                        .list(),
                )
            }
            48 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).tasks().list(),
                )
            }
            49 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).task(args.path(1)?).get(),
                )
            }
            50 => {
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .task(args.path(1)?)
                        .update(&args.body()?),
                )
            }
            51 => {
                args.members(&["source", "type", "data"])?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .task(args.path(1)?)
                        .task_processing_result(args.path(2)?)
                        .resume(
                            args.optional_param("source")?,
                            args.optional_param("type")?,
                            args.optional_param("data")?,
                        ),
                )
            }
            52 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).user_processing_results().list(),
                )
            }
            53 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .user_processing_results()
                        .summary(args.time_range(1, 2)?),
                )
            }
            54 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .user_processing_result(args.path(1)?)
                        .task_processing_results()
                        .list(),
                )
            }
            55 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).versions().list(),
                )
            }
            56 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .workflow_version(args.path(1)?)
                        .task(args.path(2)?)
                        .get(),
                )
            }
            57 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).workflow_version(args.path(1)?).get(),
                )
            }
            58 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .workflow_version(args.path(1)?)
                        .tasks()
                        .list(),
                )
            }
            _ => return Err(args.unsupported()),
        },
    )
}
