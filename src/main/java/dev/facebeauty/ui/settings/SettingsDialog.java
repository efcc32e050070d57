package dev.facebeauty.ui.settings;

import dev.facebeauty.model.MetadataPolicy;
import dev.facebeauty.model.OutputSize;
import dev.facebeauty.settings.Settings;
import dev.facebeauty.settings.Theme;
import dev.facebeauty.text.Language;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.common.UserMessages;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.util.Optional;

/** API key (masked), API address, poll interval, theme and how much metadata saved results keep. */
public final class SettingsDialog extends Dialog<Settings> {

    public SettingsDialog(Window owner, SettingsViewModel vm) {
        initOwner(owner);
        setTitle(Text.get("settings.title"));
        setHeaderText(Text.get("settings.header"));
        getDialogPane().getStyleClass().add("settings-dialog");
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }

        PasswordField key = new PasswordField();
        key.setId("settings-api-key");
        key.setPromptText(Text.get("settings.keyPrompt"));
        key.textProperty().bindBidirectional(vm.apiKeyProperty());
        Label keyNote = new Label(vm.keyNote());
        keyNote.getStyleClass().add("hint");
        wrapped(keyNote);

        TextField base = new TextField();
        base.setId("settings-api-base");
        base.textProperty().bindBidirectional(vm.apiBaseProperty());
        Button check = new Button(Text.get("settings.checkKey"));
        check.setId("settings-check-key");
        check.disableProperty().bind(vm.checkingProperty());
        check.setOnAction(e -> vm.checkKey());
        Label checkResult = new Label();
        checkResult.setId("settings-check-result");
        checkResult.textProperty().bind(vm.checkResultProperty());
        wrapped(checkResult);
        checkResult.managedProperty().bind(checkResult.textProperty().isNotEmpty());

        Label baseNote = new Label(vm.addressNote());
        baseNote.getStyleClass().add("hint");
        baseNote.managedProperty().bind(baseNote.textProperty().isNotEmpty());
        wrapped(baseNote);

        Spinner<Integer> poll = new Spinner<>(1, 60, vm.pollSecondsProperty().get());
        poll.setId("settings-poll");
        poll.setEditable(true);
        poll.setPrefWidth(90);
        poll.valueProperty().addListener((o, a, b) -> vm.pollSecondsProperty().set(b));

        ChoiceBox<Theme> theme = new ChoiceBox<>();
        theme.getItems().addAll(Theme.values());
        theme.valueProperty().bindBidirectional(vm.themeProperty());

        ChoiceBox<MetadataPolicy> metadata = new ChoiceBox<>();
        metadata.setId("metadata-choice");
        metadata.getItems().addAll(MetadataPolicy.values());
        metadata.valueProperty().bindBidirectional(vm.metadataProperty());
        Label metadataNote = new Label(Text.get("settings.metadataNote"));
        metadataNote.getStyleClass().add("hint");
        wrapped(metadataNote);

        Spinner<Integer> quality = new Spinner<>(Settings.MIN_JPEG_QUALITY, 100, vm.jpegQualityProperty().get(), 1);
        quality.setId("settings-jpeg-quality");
        quality.setEditable(true);
        quality.setPrefWidth(90);
        quality.valueProperty().addListener((o, a, b) -> vm.jpegQualityProperty().set(b));
        Label qualityNote = new Label(Text.get("settings.qualityNote"));
        qualityNote.getStyleClass().add("hint");
        wrapped(qualityNote);

        ChoiceBox<OutputSize> size = new ChoiceBox<>();
        size.setId("output-size-choice");
        size.getItems().addAll(OutputSize.values());
        size.valueProperty().bindBidirectional(vm.outputSizeProperty());
        Label sizeNote = new Label(Text.get("settings.sizeNote"));
        sizeNote.getStyleClass().add("hint");
        wrapped(sizeNote);

        ChoiceBox<Language> language = new ChoiceBox<>();
        language.setId("language-choice");
        language.getItems().addAll(Language.values());
        language.valueProperty().bindBidirectional(vm.languageProperty());
        Label languageNote = new Label(Text.get("settings.languageNote"));
        languageNote.getStyleClass().add("hint");
        wrapped(languageNote);

        Label error = new Label();
        error.getStyleClass().add("error-text");
        wrapped(error);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints(FIELD_WIDTH);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.addRow(0, new Label(Text.get("settings.key")), key);
        grid.add(keyNote, 1, 1);
        grid.add(check, 1, 2);
        grid.add(checkResult, 1, 3);
        grid.addRow(4, new Label(Text.get("settings.address")), base);
        grid.add(baseNote, 1, 5);
        grid.addRow(6, new Label(Text.get("settings.poll")), poll);
        grid.addRow(7, new Label(Text.get("settings.theme")), theme);
        grid.addRow(8, new Label(Text.get("settings.metadata")), metadata);
        grid.add(metadataNote, 1, 9);
        grid.addRow(10, new Label(Text.get("settings.quality")), quality);
        grid.add(qualityNote, 1, 11);
        grid.addRow(12, new Label(Text.get("settings.size")), size);
        grid.add(sizeNote, 1, 13);
        grid.addRow(14, new Label(Text.get("settings.language")), language);
        grid.add(languageNote, 1, 15);
        grid.add(error, 0, 16, 2, 1);
        getDialogPane().setContent(grid);
        // Messages appear after the dialog is shown; grow it to fit them rather than cut them short.
        vm.checkResultProperty().addListener((o, a, b) -> fitWindow());
        error.textProperty().addListener((o, a, b) -> fitWindow());
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        Settings[] saved = new Settings[1];
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                saved[0] = vm.apply();
            } catch (UserMessages.UserFacingException ex) {
                error.setText(ex.getMessage());
                e.consume();
            }
        });
        setResultConverter(button -> button == ButtonType.OK ? saved[0] : null);
    }

    private static final double FIELD_WIDTH = 420;

    private static void wrapped(Label label) {
        label.setWrapText(true);
        label.setMaxWidth(FIELD_WIDTH);
        label.setMinHeight(Region.USE_PREF_SIZE);
    }

    private void fitWindow() {
        Platform.runLater(() -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
    }

    public Optional<Settings> ask() {
        return showAndWait();
    }
}
